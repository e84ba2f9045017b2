package de.lokalwillkommen.poster;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code back from the SVG the app drew: its modules become pixels, and ZXing decodes them like a camera. */
public final class QrDecoding {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final int PIXELS_PER_MODULE = 4;

    private QrDecoding() {
    }

    public static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("no viewBox");
        }
        int width = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int height = Integer.parseInt(box.group(2)) * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                    pixels[(y + dy) * width + x + dx] = 0xFF000000;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
