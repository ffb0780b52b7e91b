package dev.portcullis.web.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the compliance chart, drawn on the server as SVG: one polyline per run of days with a known
 * percentage (a day with nothing evaluated is a gap, not a zero), a 0–100 % axis and date labels at both ends and in
 * the middle.
 */
public final class TrendChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 32;

    /** One day of the chart. */
    public record Day(LocalDate date, Double percent) {
    }

    /**
     * A label on an axis at a position in the drawing; {@code textAt} is where its text sits across the axis, and
     * {@code anchor} the SVG text-anchor that keeps it inside the drawing.
     */
    public record Tick(int at, String label, int textAt, String anchor) {
    }

    private final List<String> lines;
    private final List<Tick> yTicks;
    private final List<Tick> xTicks;
    private final int plotBottom = HEIGHT - BOTTOM;

    public TrendChart(List<Day> days) {
        this.lines = lines(days);
        this.yTicks = List.of(0, 25, 50, 75, 100).stream().map(p -> new Tick(y(p), p + "%", y(p) + 4, "end")).toList();
        this.xTicks = xTicks(days);
    }

    /** Each entry is the {@code points} attribute of one polyline. */
    public List<String> lines() {
        return lines;
    }

    public List<Tick> yTicks() {
        return yTicks;
    }

    public List<Tick> xTicks() {
        return xTicks;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** Where the percentages' text ends, left of the plot. */
    public int yLabelX() {
        return LEFT - 6;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return plotBottom;
    }

    private List<String> lines(List<Day> days) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int count = 0;
        for (int i = 0; i < days.size(); i++) {
            Double percent = days.get(i).percent();
            if (percent == null) {
                count = flush(result, current, count);
                continue;
            }
            if (count > 0) {
                current.append(' ');
            }
            current.append(x(i, days.size())).append(',').append(String.format(Locale.ROOT, "%.1f", yExact(percent)));
            count++;
        }
        flush(result, current, count);
        return result;
    }

    /** A lone day is drawn as a short flat line so that it shows. */
    private static int flush(List<String> result, StringBuilder current, int count) {
        if (count == 1) {
            String[] xy = current.toString().split(",");
            int x = Integer.parseInt(xy[0]);
            current.setLength(0);
            current.append(x - 2).append(',').append(xy[1]).append(' ').append(x + 2).append(',').append(xy[1]);
        }
        if (count > 0) {
            result.add(current.toString());
        }
        current.setLength(0);
        return 0;
    }

    private List<Tick> xTicks(List<Day> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        int last = days.size() - 1;
        List<Integer> indices = last == 0 ? List.of(0) : last == 1 ? List.of(0, 1) : List.of(0, last / 2, last);
        return indices.stream().map(i -> new Tick(x(i, days.size()), days.get(i).date().toString(), HEIGHT - 10,
                indices.size() == 1 ? "middle" : i == 0 ? "start" : i == last ? "end" : "middle")).toList();
    }

    static int x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2 : LEFT + (int) Math.round((double) span * index / (count - 1));
    }

    private int y(int percent) {
        return (int) Math.round(yExact(percent));
    }

    private double yExact(double percent) {
        return plotBottom - (plotBottom - TOP) * percent / 100.0;
    }
}
