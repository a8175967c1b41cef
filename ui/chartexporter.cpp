// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "symptomreliefchart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace CohortLens {

namespace {

constexpr qreal MillimetresPerInch = 25.4;
constexpr qreal ScreenDpi = 96; // the layout's unit: one pixel of a 96 dpi screen

QString creator()
{
    return QCoreApplication::applicationName().isEmpty()
               ? QStringLiteral("CohortLens")
               : QCoreApplication::applicationName() + u' '
                     + QCoreApplication::applicationVersion();
}

} // namespace

ChartExporter::ChartExporter(Renderer renderer, const QString &title)
    : m_renderer(std::move(renderer))
    , m_title(title)
{}

// A chart of the window as it is drawn now; the title names its cohort.
template<typename Chart>
ChartExporter ChartExporter::fromChart(const Chart &chart)
{
    const QString title = chart.subtitle().isEmpty()
                              ? chart.title()
                              : chart.title() + QStringLiteral(" — ") + chart.subtitle();
    return ChartExporter([&chart](QPainter *painter,
                                  const QRectF &target,
                                  qreal scale) { chart.renderFigure(painter, target, scale); },
                         title);
}

ChartExporter ChartExporter::kaplanMeier(const KaplanMeierChart &chart)
{
    return fromChart(chart);
}

ChartExporter ChartExporter::symptomRelief(const SymptomReliefChart &chart)
{
    return fromChart(chart);
}

ChartExporter ChartExporter::kaplanMeier(const SurvivalResult &result,
                                         const QString &subtitle,
                                         const KaplanMeierChartOptions &options)
{
    // The window's chart gives the default title; a fresh one gives the same text.
    const QString title = KaplanMeierChart::tr("Overall survival");
    return ChartExporter(
        [result, subtitle, options](QPainter *painter, const QRectF &target, qreal scale) {
            KaplanMeierChart::renderFigure(painter,
                                           target,
                                           result,
                                           QString(),
                                           subtitle,
                                           options,
                                           scale);
        },
        subtitle.isEmpty() ? title : title + QStringLiteral(" — ") + subtitle);
}

ChartExporter ChartExporter::symptomRelief(const ComparisonResult &result, const QString &subtitle)
{
    const QString title = SymptomReliefChart::tr("Symptom relief after treatment");
    return ChartExporter(
        [result, subtitle, title](QPainter *painter, const QRectF &target, qreal scale) {
            SymptomReliefChart::renderFigure(painter, target, result, title, subtitle, scale);
        },
        subtitle.isEmpty() ? title : title + QStringLiteral(" — ") + subtitle);
}

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

QSize ChartExporter::pixelSize(const QSizeF &millimetres, int dpi)
{
    return {qRound(millimetres.width() / MillimetresPerInch * dpi),
            qRound(millimetres.height() / MillimetresPerInch * dpi)};
}

QSizeF ChartExporter::millimetres(const QSize &pixels, int dpi)
{
    if (dpi <= 0)
        return {};
    return {pixels.width() * MillimetresPerInch / dpi, pixels.height() * MillimetresPerInch / dpi};
}

QSize ChartExporter::defaultPixelSize(int dpi)
{
    return pixelSize(SingleColumnMillimetres, dpi);
}

QString ChartExporter::sizeProblem(const QSize &pixels, int dpi)
{
    if (dpi < MinimumDpi || dpi > MaximumDpi)
        return tr("a resolution of %1 dpi is outside %2–%3 dpi")
            .arg(dpi)
            .arg(MinimumDpi)
            .arg(MaximumDpi);
    if (pixels.width() < 1 || pixels.height() < 1 || pixels.width() > MaximumPixels
        || pixels.height() > MaximumPixels)
        return tr("a size of %1 × %2 pixels is outside 1–%3 pixels per side")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(MaximumPixels);
    return {};
}

QImage ChartExporter::image(const QSize &pixels, int dpi) const
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const int dotsPerMetre = qRound(dpi / MillimetresPerInch * 1000);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        m_renderer(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), dpi / ScreenDpi);
    }
    // Opaque: a figure on a slide or page has a white ground, never a transparent one.
    QImage opaque = image.convertToFormat(QImage::Format_RGB32);
    opaque.setText(QStringLiteral("Title"), m_title);
    opaque.setText(QStringLiteral("Software"), creator());
    return opaque;
}

bool ChartExporter::writePng(QIODevice *device, const QSize &pixels, int dpi) const
{
    const QImage figure = image(pixels, dpi);
    if (figure.isNull())
        return false;
    QImageWriter writer(device, "png");
    return writer.write(figure);
}

bool ChartExporter::writePdf(QIODevice *device, const QSize &pixels, int dpi) const
{
    QPdfWriter writer(device);
    writer.setResolution(dpi);
    writer.setCreator(creator());
    writer.setTitle(m_title);
    // One page the size of the figure: pixels / dpi inches, in points, without margins.
    const QSizeF points(pixels.width() * 72.0 / dpi, pixels.height() * 72.0 / dpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait,
                    QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    m_renderer(&painter, QRectF(0, 0, writer.width(), writer.height()), dpi / ScreenDpi);
    return painter.end();
}

bool ChartExporter::writeSvg(QIODevice *device, const QSize &pixels, int dpi) const
{
    // QSvgGenerator writes a font's size as points × its resolution / 72, while the figure
    // lays its text out with the fonts of the screen: the generator must have the screen's
    // font resolution, or every text would be scaled twice. The physical size follows from
    // it, the view box keeps the pixels.
    QFont probe = QGuiApplication::font();
    probe.setPointSizeF(72);
    const int fontDpi = std::max(1, QFontInfo(probe).pixelSize());
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setResolution(fontDpi);
    generator.setSize(QSize(qRound(pixels.width() * qreal(fontDpi) / dpi),
                            qRound(pixels.height() * qreal(fontDpi) / dpi)));
    generator.setViewBox(QRect(QPoint(0, 0), pixels));
    generator.setTitle(m_title);
    generator.setDescription(tr("Made with %1").arg(creator()));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_renderer(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), dpi / ScreenDpi);
    return painter.end();
}

ExportResult ChartExporter::write(const QString &path, const QSize &pixels, int dpi) const
{
    const auto format = formatOf(path);
    if (!format)
        return ExportResult::failed(ExportResult::Status::CannotCreate,
                                    tr("Cannot write %1: give it the extension .png, .pdf or "
                                       ".svg")
                                        .arg(path));
    return write(path, *format, pixels, dpi);
}

ExportResult ChartExporter::write(const QString &path,
                                  Format format,
                                  const QSize &pixels,
                                  int dpi) const
{
    const QString problem = sizeProblem(pixels, dpi);
    if (!problem.isEmpty())
        return ExportResult::failed(ExportResult::Status::CannotCreate,
                                    tr("Cannot write %1: %2").arg(path, problem));
    ExportFile file(path);
    if (!file.open())
        return file.result();
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = writePng(file.device(), pixels, dpi);
        break;
    case Format::Pdf:
        ok = writePdf(file.device(), pixels, dpi);
        break;
    case Format::Svg:
        ok = writeSvg(file.device(), pixels, dpi);
        break;
    }
    if (!ok)
        file.fail(tr("the figure could not be drawn at %1 × %2 pixels")
                      .arg(pixels.width())
                      .arg(pixels.height()));
    return file.commit();
}

} // namespace CohortLens
