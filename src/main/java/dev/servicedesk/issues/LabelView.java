package dev.servicedesk.issues;

/** A project label; {@code textColor} is black or white, whichever reads better on {@code color}. */
public record LabelView(long id, long projectId, String title, String color, String description) {

    public String textColor() {
        int rgb = Integer.parseInt(color.substring(1), 16);
        double luminance = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
        return luminance > 150 ? "#1f1e24" : "#ffffff";
    }
}
