package de.lokalwillkommen.poster;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as an SVG drawn on the server: one square per dark module in a single path, scaled by the page, so it
 * prints sharp at any size without a picture file. Error correction M: a poster on a notice board gets creased.
 */
public final class QrSvg {

    /** ZXing's matrix adds this quiet zone (in modules) around the code, as scanners need. */
    static final int QUIET_ZONE = 2;

    private QrSvg() {
    }

    /** The code's modules, quiet zone included: {@code get(x, y)} is true for a dark module. */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("text too long for a QR code", tooLong);
        }
    }

    /** The SVG markup of the code; {@code label} is what a screen reader says instead of the picture. */
    public static String svg(String text, String label) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lw-qr\" role=\"img\" viewBox=\"0 0 "
                + matrix.getWidth() + " " + matrix.getHeight() + "\" shape-rendering=\"crispEdges\" aria-label=\""
                + escape(label) + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    /**
     * The SVG as a data address for an {@code <img>}: the browser then draws it as SVG for sure (markup put into the
     * page as HTML would lose the SVG namespace and the case of {@code viewBox}), and it prints as a vector.
     */
    public static String dataUrl(String text) {
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                .encodeToString(svg(text, "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
