package org.safeguard.core.render.internal;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The one kind of image a document may hold: a PNG carried in the document itself as a
 * {@code data:image/png;base64,…} URI (the reports' charts), which fetches nothing. Checked before
 * anything decodes it: well-formed base64, at most {@value #MAX_BYTES} bytes, a PNG signature and
 * a header of at most {@value #MAX_SIDE} pixels a side, so that no image can make the PDF converter
 * allocate without bound.
 */
final class EmbeddedImages {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 4096;
    private static final String PREFIX = "data:image/png;base64,";
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private EmbeddedImages() {
    }

    /** The image's bytes; only for a URI {@link #allowed}. */
    static byte[] decode(String uri) {
        return Base64.getDecoder().decode(uri.substring(PREFIX.length()));
    }

    static boolean allowed(String uri) {
        if (uri == null || !uri.startsWith(PREFIX)) {
            return false;
        }
        String data = uri.substring(PREFIX.length());
        if (data.length() > MAX_BYTES / 3 * 4 + 4 || data.length() % 4 != 0 || !BASE64.matcher(data).matches()) {
            return false;
        }
        byte[] head = Base64.getDecoder().decode(data.substring(0, Math.min(data.length(), 32)));
        if (head.length < 24) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[i] != SIGNATURE[i]) {
                return false;
            }
        }
        // the IHDR chunk comes first: width and height, big-endian, at bytes 16 to 23
        long width = ((head[16] & 0xffL) << 24) | ((head[17] & 0xff) << 16) | ((head[18] & 0xff) << 8) | (head[19] & 0xff);
        long height = ((head[20] & 0xffL) << 24) | ((head[21] & 0xff) << 16) | ((head[22] & 0xff) << 8) | (head[23] & 0xff);
        return head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R'
                && width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
    }
}
