package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The charts are rendered to PNG, as a reader sees them, and the picture is checked: it parses as SVG,
 * has its size, draws the band and the line in their colours, and is not blank. The PNG files are left
 * in target/charts for a person to open.
 */
class ChartRenderTest {

    private static BufferedImage render(String svg, String name) throws Exception {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc).as("parses as SVG").isNotNull();
        int w = (int) doc.size().width;
        int h = (int) doc.size().height;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        doc.render(null, g);
        g.dispose();
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        ImageIO.write(img, "png", dir.resolve(name + ".png").toFile());
        return img;
    }

    private static double share(BufferedImage img, java.util.function.IntPredicate colour) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (colour.test(img.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n / (double) (img.getWidth() * img.getHeight());
    }

    private static boolean near(int rgb, int target, int tolerance) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF));
        int dg = Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF));
        int db = Math.abs((rgb & 0xFF) - (target & 0xFF));
        return dr <= tolerance && dg <= tolerance && db <= tolerance;
    }

    @Test
    void theFanChartShowsItsBandLineAndPoints() throws Exception {
        List<Svg.FanYear> years = List.of(
                new Svg.FanYear(2022, 7_300_000_000L, 8_300_000_000L, 9_200_000_000L),
                new Svg.FanYear(2023, 11_800_000_000L, 13_300_000_000L, 14_800_000_000L),
                new Svg.FanYear(2024, 15_700_000_000L, 17_900_000_000L, 19_800_000_000L));
        String svg = Svg.fan(
                "National ACI spending by calendar year, 2022–2024, cash basis",
                "test",
                years,
                List.of(new Svg.Point(2023, 12_100_000_000L, "121.0 M€ (Sénat r25-032; fitted)", true)),
                List.of(),
                "Warning: ESTIMATES");
        BufferedImage img = render(svg, "fan");
        assertThat(img.getWidth()).isEqualTo(900);
        // The P5–P95 band (light blue, 25 % of #4a78b5 on white) covers a real part of the plot.
        assertThat(share(img, rgb -> near(rgb, 0xD2DDEC, 12))).isBetween(0.03, 0.5);
        // The P50 line (#1f4e89) is drawn.
        assertThat(share(img, rgb -> near(rgb, 0x1F4E89, 40))).isGreaterThan(0.0005);
        // Text and axes in black, and most of the picture white.
        assertThat(share(img, rgb -> near(rgb, 0x000000, 60))).isGreaterThan(0.002);
        assertThat(share(img, rgb -> rgb == 0xFFFFFF)).isBetween(0.5, 0.98);
    }

    @Test
    void theTornadoShowsBarsOnBothSidesOfTheCentre() throws Exception {
        String svg = Svg.tornado(
                "What moves national ACI spending in 2025 (cash basis)",
                "test",
                18_400_000_000L,
                List.of(
                        new Svg.Bar("tarif.quantile [0–1 quantile]", 12_200_000_000L, 24_000_000_000L),
                        new Svg.Bar("paiement.revue.delai.mois [1–9 months]", 18_800_000_000L, 17_700_000_000L)),
                "Warning: ESTIMATES");
        BufferedImage img = render(svg, "tornado");
        assertThat(share(img, rgb -> near(rgb, 0x4A78B5, 20)))
                .as("low-end bars")
                .isGreaterThan(0.003);
        assertThat(share(img, rgb -> near(rgb, 0xE67E22, 20)))
                .as("high-end bars")
                .isGreaterThan(0.003);
    }
}
