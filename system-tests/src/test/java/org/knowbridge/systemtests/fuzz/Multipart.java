package org.knowbridge.systemtests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** multipart/form-data bodies for the dataset imports: a whole one, and one cut short. */
final class Multipart {

    static final String BOUNDARY = "fuzz-boundary-7d1c";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {}

    static String valid() {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"organisations\"; filename=\"organisations.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "id,name,country,type,sme\r\nfuzz-1,Fuzz Oy,FI,PRC,true\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }

    /** The whole form cut before its closing boundary. */
    static byte[] truncated(Random random) {
        byte[] whole = valid().getBytes(StandardCharsets.UTF_8);
        int closing = valid().lastIndexOf("--" + BOUNDARY);
        return Arrays.copyOf(whole, 1 + random.nextInt(closing - 1));
    }
}
