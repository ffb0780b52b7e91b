package dev.portcullis.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aDayWithNothingEvaluatedBreaksTheLineInsteadOfDrawingZero() {
        TrendChart chart = new TrendChart(List.of(new TrendChart.Day(DAY, 50.0), new TrendChart.Day(DAY.plusDays(1), 60.0),
                new TrendChart.Day(DAY.plusDays(2), null), new TrendChart.Day(DAY.plusDays(3), 70.0),
                new TrendChart.Day(DAY.plusDays(4), 80.0)));

        assertThat(chart.lines()).hasSize(2);
        assertThat(chart.lines().get(0).split(" ")).hasSize(2);
    }

    @Test
    void hundredPercentIsAtTheTopAndZeroAtTheBottomOfThePlot() {
        TrendChart chart = new TrendChart(List.of(new TrendChart.Day(DAY, 100.0), new TrendChart.Day(DAY.plusDays(1), 0.0)));

        String[] points = chart.lines().get(0).split(" ");
        assertThat(points[0]).isEqualTo(chart.left() + "," + chart.top() + ".0");
        assertThat(points[1]).isEqualTo(chart.right() + "," + chart.bottom() + ".0");
        assertThat(chart.yTicks()).extracting(TrendChart.Tick::label).containsExactly("0%", "25%", "50%", "75%", "100%");
    }

    @Test
    void datesAreLabelledAtBothEndsAndTheMiddle() {
        List<TrendChart.Day> days = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new TrendChart.Day(DAY.plusDays(i), 90.0)).toList();

        assertThat(new TrendChart(days).xTicks()).extracting(TrendChart.Tick::label)
                .containsExactly("2026-11-01", "2026-11-15", "2026-11-30");
        assertThat(new TrendChart(days).xTicks()).as("the end labels stay inside the drawing")
                .extracting(TrendChart.Tick::anchor).containsExactly("start", "middle", "end");
    }

    @Test
    void aSingleDayStillShows() {
        assertThat(new TrendChart(List.of(new TrendChart.Day(DAY, 75.0))).lines()).hasSize(1);
        assertThat(new TrendChart(List.of()).lines()).isEmpty();
    }
}
