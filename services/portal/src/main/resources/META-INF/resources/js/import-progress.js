// Follows a running import: updates the bar and the counts each second, and shows the page again once it has ended
// (so that the failed lines appear). Without script the page still shows the state it was rendered with.
const box = document.getElementById("import");
const running = (status) => status === "QUEUED" || status === "RUNNING";

async function follow() {
  let job;
  try {
    const answer = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
    if (!answer.ok) {
      throw new Error("status " + answer.status);
    }
    job = await answer.json();
  } catch (e) {
    // A service that is briefly away (a restart): ask again, a little later.
    setTimeout(follow, 3000);
    return;
  }
  if (!running(job.status)) {
    window.location.reload();
    return;
  }
  const percent = job.totalLines ? Math.min(100, Math.floor((100 * job.processed) / job.totalLines)) : 0;
  document.getElementById("import-progress").value = percent;
  document.getElementById("import-processed").textContent = job.processed;
  for (const name of ["created", "updated", "unchanged", "skipped", "failed"]) {
    document.getElementById("import-" + name).textContent = job[name];
  }
  box.dataset.status = job.status;
  setTimeout(follow, 1000);
}

if (box && running(box.dataset.status)) {
  setTimeout(follow, 1000);
}
