// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonanalysis.h"
#include "exportfile.h"
#include "kaplanmeierchart.h"
#include "survivalanalysis.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
class QPainter;
QT_END_NAMESPACE

namespace CohortLens {

class SymptomReliefChart;

// Writes a chart's whole figure (title, subtitle, legend, plot and, for Kaplan-Meier, the
// number-at-risk table) to PNG, PDF or SVG, chosen by the file's extension (SPEC §6):
//
// - PNG: `pixels` at `dpi`, with the resolution in the file (pHYs), white background;
// - PDF: one page of pixels / dpi inches, no margins, vector lines and embedded fonts;
// - SVG: `pixels` as the view box and pixels / dpi as the physical size, text as text.
//
// In every format one layout pixel is 1/96 inch at the target's size, so the fonts have
// the same physical size as on a 96 dpi screen whatever the dpi (a figure too small for
// that is laid out larger and scaled down a little). Files are written whole or not at all.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ChartExporter)

public:
    enum class Format { Png, Pdf, Svg };
    // Draws the figure into `target` of a painter, `scale` target units per layout pixel.
    using Renderer = std::function<void(QPainter *painter, const QRectF &target, qreal scale)>;

    static constexpr int DefaultDpi = 300;
    static constexpr int MinimumDpi = 36;
    static constexpr int MaximumDpi = 2400;
    static constexpr int MaximumPixels = 20000; // per side
    // A journal's single column (85 mm) and double column (174 mm); heights that leave the
    // Kaplan-Meier figure room for its at-risk table.
    static constexpr QSizeF SingleColumnMillimetres{85, 90};
    static constexpr QSizeF DoubleColumnMillimetres{174, 120};

    explicit ChartExporter(Renderer renderer, const QString &title = {});

    // The chart as the window shows it: its result, options, title and subtitle (the
    // filter), in paper colours. The chart must outlive the exporter.
    [[nodiscard]] static ChartExporter kaplanMeier(const KaplanMeierChart &chart);
    [[nodiscard]] static ChartExporter symptomRelief(const SymptomReliefChart &chart);
    // The same figures from finished results, without a window (the command line).
    [[nodiscard]] static ChartExporter kaplanMeier(const SurvivalResult &result,
                                                   const QString &subtitle,
                                                   const KaplanMeierChartOptions &options = {});
    [[nodiscard]] static ChartExporter symptomRelief(const ComparisonResult &result,
                                                     const QString &subtitle);

    // By the file's extension (any case); nothing for another one.
    [[nodiscard]] static std::optional<Format> formatOf(const QString &path);
    [[nodiscard]] static QString suffix(Format format); // "png", "pdf", "svg"
    // Millimetres at a resolution → pixels, and back.
    [[nodiscard]] static QSize pixelSize(const QSizeF &millimetres, int dpi);
    [[nodiscard]] static QSizeF millimetres(const QSize &pixels, int dpi);
    // One journal column at 300 dpi: 1004 × 1063 pixels.
    [[nodiscard]] static QSize defaultPixelSize(int dpi = DefaultDpi);
    // Why a size or resolution cannot be exported; empty when it can.
    [[nodiscard]] static QString sizeProblem(const QSize &pixels, int dpi);

    // The figure as an image of `pixels` carrying `dpi` (for PNG and the clipboard).
    [[nodiscard]] QImage image(const QSize &pixels, int dpi = DefaultDpi) const;
    // Writes `path` in the format of its extension.
    [[nodiscard]] ExportResult write(const QString &path,
                                     const QSize &pixels,
                                     int dpi = DefaultDpi) const;
    [[nodiscard]] ExportResult write(const QString &path,
                                     Format format,
                                     const QSize &pixels,
                                     int dpi) const;

private:
    template<typename Chart>
    static ChartExporter fromChart(const Chart &chart);
    bool writePng(QIODevice *device, const QSize &pixels, int dpi) const;
    bool writePdf(QIODevice *device, const QSize &pixels, int dpi) const;
    bool writeSvg(QIODevice *device, const QSize &pixels, int dpi) const;

    Renderer m_renderer;
    QString m_title;
};

} // namespace CohortLens
