package org.knowbridge.systemtests.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.knowbridge.systemtests.Percentile;

/**
 * Clients calling as fast as they are answered, for a fixed time, each waiting for its answer before the next
 * call (closed loop): throughput, latency percentiles, and the CPU each side used meanwhile, so a load generator
 * that starves the server on a small machine shows in the figures.
 */
final class LoadRun {

    /** One call: returns whether it succeeded. Called from several client threads at once. */
    @FunctionalInterface
    interface Call {
        boolean call(long sequence) throws Exception;
    }

    /** What one run measured. Latencies in nanoseconds, sorted. */
    record Result(
            String name,
            int clients,
            long errors,
            double seconds,
            long[] latencies,
            Duration serverCpu,
            Duration benchCpu) {

        double perSecond() {
            return latencies.length / seconds;
        }

        double millis(int percentile) {
            return Percentile.of(Arrays.stream(latencies).boxed().toList(), percentile, Double.NaN) / 1e6;
        }

        /** CPU used per second of the run, in cores: 2.0 is all of a 2-core machine. */
        double serverCores() {
            return serverCpu.toNanos() / 1e9 / seconds;
        }

        double benchCores() {
            return benchCpu.toNanos() / 1e9 / seconds;
        }
    }

    private LoadRun() {}

    /** Runs {@code clients} loops of {@code call} for {@code duration}, measuring the serving side's CPU beside. */
    static Result run(String name, int clients, Duration duration, Supplier<Duration> serverCpuTime, Call call)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Duration serverBefore = serverCpuTime.get();
        long benchBefore = benchCpuNanos();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies mine = new Latencies();
            threads.add(Thread.ofPlatform().name("bench-" + name + "-" + c).start(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call(sequence.getAndIncrement());
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok) {
                        mine.add(System.nanoTime() - t);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                synchronized (perClient) {
                    perClient.add(mine.toArray());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Duration serverCpu = serverCpuTime.get().minus(serverBefore);
        Duration benchCpu = Duration.ofNanos(benchCpuNanos() - benchBefore);
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, clients, errors.get(), seconds, all, serverCpu, benchCpu);
    }

    private static long benchCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A growing array of one client's latencies: no boxing in the measured loop. */
    private static final class Latencies {
        private long[] values = new long[4096];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
