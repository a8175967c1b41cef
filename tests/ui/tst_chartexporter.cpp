// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Chart exports as a reader's tools see them: the PNG's pixel size and resolution, the
// PDF's one page, its size, embedded fonts and text (pdftotext), the SVG's XML and text.
// The numbers in the files are those of the statistics: the log-rank p, the number at risk
// under each tick of the axis, the n/N of each bar, the filter in words.

#include "chartexporter.h"
#include "cohortfilter.h"
#include "comparisonanalysis.h"
#include "localization.h"
#include "numberformat.h"
#include "pdftools.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "survivalanalysis.h"
#include "symptomreliefchart.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace CohortLens;

namespace {

struct Demo
{
    SurvivalResult survival;
    ComparisonResult comparison;
    QString subtitle;
};

Demo demoResults(Presentation presentation)
{
    RegistryStore store;
    if (RegistryImporter().load(Test::demoRegistryPath(), store).outcome
        != ImportReport::Outcome::Imported)
        qFatal("the demo registry did not load");
    CohortFilter filter;
    filter.presentation = presentation;
    Demo demo;
    demo.survival = std::get<SurvivalResult>(SurvivalAnalysis::run(store, filter, {}));
    demo.comparison = std::get<ComparisonResult>(ComparisonAnalysis::run(store, filter, {}));
    demo.subtitle = filter.description();
    return demo;
}

ChartExporter exporterFor(const QString &chart, const Demo &demo)
{
    return chart == u"km" ? ChartExporter::kaplanMeier(demo.survival, demo.subtitle)
                          : ChartExporter::symptomRelief(demo.comparison, demo.subtitle);
}

// The texts of an SVG's <text> elements; sets `error` when it is not well-formed XML.
QStringList svgTexts(const QString &path, QString *error, QXmlStreamAttributes *root = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"svg" && root && root->isEmpty())
            *root = xml.attributes();
        if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return texts;
}

// The numbers at risk as the figure should print them: for each group, patients with time
// ≥ t at each tick t of the axis (months).
QStringList riskLines(const SurvivalResult &survival, const QList<double> &ticks)
{
    QStringList lines;
    for (const GroupSurvival &group : survival.groups) {
        QStringList cells{group.name};
        for (const double t : ticks)
            cells << QString::number(Stats::survivalAt(group.curve, t).nRisk);
        lines << cells.join(u' ');
    }
    return lines;
}

// The time axis' labels of a Kaplan-Meier figure in pdftotext -layout text: the line of
// numbers just above the axis title.
QList<double> axisTicks(const QString &layoutText, const QString &axisTitle)
{
    const QStringList lines = layoutText.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() != axisTitle)
            continue;
        QList<double> ticks;
        for (const QString &word : lines.at(i - 1).simplified().split(u' ')) {
            bool ok = false;
            ticks << word.toDouble(&ok);
            if (!ok)
                return {};
        }
        return ticks;
    }
    return {};
}

} // namespace

class tst_ChartExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void pngHasTheSizeAndResolution_data();
    void pngHasTheSizeAndResolution();
    void pdfIsOnePageWithTheFiguresText_data();
    void pdfIsOnePageWithTheFiguresText();
    void svgIsXmlWithTheSameText_data();
    void svgIsXmlWithTheSameText();
    void filteredExportShowsTheFilter_data();
    void filteredExportShowsTheFilter();
    void smallTargetsAreScaledNotCut();
    void failsClearlyOnAnUnwritablePath_data();
    void failsClearlyOnAnUnwritablePath();
    void replacesAnExistingFileWhole();

private:
    QTemporaryDir m_dir;
    Demo m_all;
};

void tst_ChartExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
    Localization::install(QLocale::c()); // "4 events", not "4 event(s)"
    m_all = demoResults(Presentation::Any);
    QCOMPARE(m_all.survival.n, std::size_t(66));
}

void tst_ChartExporter::formats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << QStringLiteral("a/km.png") << int(ChartExporter::Format::Png);
    QTest::newRow("PDF upper case") << QStringLiteral("KM.PDF") << int(ChartExporter::Format::Pdf);
    QTest::newRow("svg") << QStringLiteral("km.svg") << int(ChartExporter::Format::Svg);
    QTest::newRow("jpeg") << QStringLiteral("km.jpg") << -1;
    QTest::newRow("no extension") << QStringLiteral("km") << -1;
}

void tst_ChartExporter::formats()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = ChartExporter::formatOf(path);
    QCOMPARE(found ? int(*found) : -1, format);
    if (format < 0) {
        const ExportResult result = ChartExporter::kaplanMeier(m_all.survival, QString())
                                        .write(m_dir.filePath(path), {800, 600});
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(QStringLiteral(".png, .pdf or .svg")),
                 qPrintable(result.message));
    }
    // One journal column at 300 dpi.
    QCOMPARE(ChartExporter::defaultPixelSize(), QSize(1004, 1063));
    QCOMPARE(ChartExporter::pixelSize({174, 120}, 600), QSize(4110, 2835));
}

void tst_ChartExporter::pngHasTheSizeAndResolution_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    for (const QString &chart : {QStringLiteral("km"), QStringLiteral("relief")}) {
        QTest::addRow("%s, one column at 300 dpi", qPrintable(chart))
            << chart << ChartExporter::defaultPixelSize(300) << 300;
        QTest::addRow("%s, two columns at 600 dpi", qPrintable(chart))
            << chart << ChartExporter::pixelSize({174, 120}, 600) << 600;
        QTest::addRow("%s, slide at 96 dpi", qPrintable(chart)) << chart << QSize(1280, 720) << 96;
    }
}

void tst_ChartExporter::pngHasTheSizeAndResolution()
{
    QFETCH(QString, chart);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.png").arg(chart).arg(dpi));
    const ExportResult result = exporterFor(chart, m_all).write(path, pixels, dpi);
    QVERIFY2(result.ok(), qPrintable(result.message));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    // White ground at the edges, the groups' colours inside.
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(pixels.width() - 1, pixels.height() - 1), qRgb(255, 255, 255));
    int blue = 0;
    int vermillion = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            blue += qAbs(qRed(p) - 0x00) < 40 && qAbs(qGreen(p) - 0x72) < 40 && qBlue(p) > 0x90;
            vermillion += qRed(p) > 0xB0 && qAbs(qGreen(p) - 0x5E) < 40 && qBlue(p) < 0x40;
        }
    }
    QVERIFY2(blue > 20 && vermillion > 20,
             qPrintable(QStringLiteral("blue %1, vermillion %2").arg(blue).arg(vermillion)));

    // What ImageMagick reads from the file.
    if (Test::hasTool(QStringLiteral("identify"))) {
        const QString info = Test::runTool(QStringLiteral("identify"),
                                           {QStringLiteral("-units"),
                                            QStringLiteral("PixelsPerInch"),
                                            QStringLiteral("-format"),
                                            QStringLiteral("%w %h %x %y"),
                                            path});
        const QStringList parts = info.simplified().split(u' ');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0).toInt(), pixels.width());
        QCOMPARE(parts.at(1).toInt(), pixels.height());
        QVERIFY2(qAbs(parts.at(2).toDouble() - dpi) < 0.5, qPrintable(info));
        QVERIFY2(qAbs(parts.at(3).toDouble() - dpi) < 0.5, qPrintable(info));
    }
}

void tst_ChartExporter::pdfIsOnePageWithTheFiguresText_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    for (const QString &chart : {QStringLiteral("km"), QStringLiteral("relief")}) {
        QTest::addRow("%s, one column at 300 dpi", qPrintable(chart))
            << chart << ChartExporter::defaultPixelSize(300) << 300;
        QTest::addRow("%s, two columns at 600 dpi", qPrintable(chart))
            << chart << ChartExporter::pixelSize({174, 120}, 600) << 600;
        QTest::addRow("%s, wide at 150 dpi", qPrintable(chart)) << chart << QSize(1800, 700) << 150;
    }
}

void tst_ChartExporter::pdfIsOnePageWithTheFiguresText()
{
    if (!Test::hasTool(QStringLiteral("pdftotext")) || !Test::hasTool(QStringLiteral("pdfinfo")))
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed; scripts/setup.sh installs "
              "them");
    QFETCH(QString, chart);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2-%3.pdf").arg(chart).arg(pixels.width()).arg(dpi));
    const ExportResult result = exporterFor(chart, m_all).write(path, pixels, dpi);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(Test::readFile(path).startsWith("%PDF"));

    // One page of the figure's physical size: pixels / dpi inches, in points.
    QCOMPARE(Test::pdfPages(path), 1);
    const QSizeF page = Test::pdfPageSize(path);
    QVERIFY2(qAbs(page.width() - pixels.width() * 72.0 / dpi) <= 1
                 && qAbs(page.height() - pixels.height() * 72.0 / dpi) <= 1,
             qPrintable(QStringLiteral("page %1 × %2 pt").arg(page.width()).arg(page.height())));
    if (Test::hasTool(QStringLiteral("pdffonts")))
        QCOMPARE(Test::pdfFontsNotEmbedded(path), QStringList());

    // Text stays text.
    const QString layout = Test::pdfText(path);
    const QString words = layout.simplified();
    QVERIFY2(words.contains(QStringLiteral("All patients")), qPrintable(words));
    if (chart == u"km") {
        const NumberFormat format(QLocale::c());
        QVERIFY2(words.contains(QStringLiteral("Log-rank p = %1")
                                    .arg(format.pValue(*m_all.survival.logRank->p))),
                 qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Log-rank p = 0.522")));
        QVERIFY(words.contains(QStringLiteral("cytoreduction (n = 30, 4 events)")));
        QVERIFY(words.contains(QStringLiteral("medical (n = 36, 9 events)")));
        QVERIFY(words.contains(QStringLiteral("Number at risk")));
        // Under each tick of the time axis, the number at risk at that time.
        const QList<double> ticks = axisTicks(layout, QStringLiteral("Months"));
        QVERIFY2(ticks.size() >= 4 && ticks.constFirst() == 0, qPrintable(layout));
        for (const QString &line : riskLines(m_all.survival, ticks))
            QVERIFY2(words.contains(line), qPrintable(line + u'\n' + layout));
    } else {
        QVERIFY2(words.contains(QStringLiteral("Pearson χ² p = 0.064")), qPrintable(words));
        for (const QString &label : {QStringLiteral("24/28"),
                                     QStringLiteral("18/28"),
                                     QStringLiteral("10/10"),
                                     QStringLiteral("14/14")})
            QVERIFY2(words.contains(label), qPrintable(label));
        // The category names, maybe wrapped in a narrow figure.
        QVERIFY(words.contains(QStringLiteral("Carcinoid syndrome")));
        QVERIFY(words.contains(QStringLiteral("improved")));
        QVERIFY(words.contains(QStringLiteral("Obstruction relieved")));
    }
}

void tst_ChartExporter::svgIsXmlWithTheSameText_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("km") << QStringLiteral("km") << ChartExporter::defaultPixelSize() << 300;
    QTest::newRow("km, large") << QStringLiteral("km") << QSize(2400, 1600) << 300;
    QTest::newRow("relief") << QStringLiteral("relief") << ChartExporter::defaultPixelSize() << 300;
}

void tst_ChartExporter::svgIsXmlWithTheSameText()
{
    QFETCH(QString, chart);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.svg").arg(chart).arg(pixels.width()));
    const ExportResult result = exporterFor(chart, m_all).write(path, pixels, dpi);
    QVERIFY2(result.ok(), qPrintable(result.message));

    QString error;
    QXmlStreamAttributes root;
    const QStringList texts = svgTexts(path, &error, &root);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The view box in pixels, the size in millimetres.
    QCOMPARE(root.value(QStringLiteral("viewBox")).toString(),
             QStringLiteral("0 0 %1 %2").arg(pixels.width()).arg(pixels.height()));
    const QString width = root.value(QStringLiteral("width")).toString();
    QVERIFY2(width.endsWith(QStringLiteral("mm")), qPrintable(width));
    QVERIFY2(qAbs(width.chopped(2).toDouble() - pixels.width() * 25.4 / dpi) < 0.5,
             qPrintable(width));

    const QString all = texts.join(u' ');
    QVERIFY2(texts.contains(QStringLiteral("All patients")), qPrintable(all));
    if (chart == u"km") {
        QVERIFY2(texts.contains(QStringLiteral("Log-rank p = 0.522")), qPrintable(all));
        QVERIFY(texts.contains(QStringLiteral("Number at risk")));
        QVERIFY(texts.contains(QStringLiteral("cytoreduction (n = 30, 4 events)")));
        // Every group's number at risk at time 0 and at 24 months is written as text.
        for (const GroupSurvival &group : m_all.survival.groups) {
            QVERIFY(texts.contains(QString::number(group.curve.n)));
            QVERIFY(texts.contains(QString::number(Stats::survivalAt(group.curve, 24).nRisk)));
        }
    } else {
        QVERIFY2(all.contains(QStringLiteral("Pearson χ² p = 0.064")), qPrintable(all));
        QVERIFY(texts.contains(QStringLiteral("24/28")));
        QVERIFY(texts.contains(QStringLiteral("18/28")));
    }
}

void tst_ChartExporter::filteredExportShowsTheFilter_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    for (const QString &chart : {QStringLiteral("km"), QStringLiteral("relief")}) {
        QTest::addRow("%s pdf", qPrintable(chart)) << chart << QStringLiteral("pdf");
        QTest::addRow("%s svg", qPrintable(chart)) << chart << QStringLiteral("svg");
    }
}

void tst_ChartExporter::filteredExportShowsTheFilter()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    if (format == u"pdf" && !Test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    const Demo csOnly = demoResults(Presentation::CarcinoidSyndromeOnly);
    QCOMPARE(csOnly.subtitle, QStringLiteral("Carcinoid syndrome without obstruction"));
    const QString path = m_dir.filePath(QStringLiteral("%1-cs-only.%2").arg(chart, format));
    QVERIFY(exporterFor(chart, csOnly).write(path, ChartExporter::defaultPixelSize()).ok());

    QString error;
    const QString words = format == u"pdf" ? Test::pdfWords(path)
                                           : svgTexts(path, &error).join(u' ');
    QVERIFY(error.isEmpty());
    QVERIFY2(words.contains(csOnly.subtitle), qPrintable(words));
    if (chart == u"km") {
        // The filtered cohort's own groups and numbers.
        for (const GroupSurvival &group : csOnly.survival.groups) {
            const QString legend = QStringLiteral("%1 (n = %2,").arg(group.name).arg(group.curve.n);
            QVERIFY2(words.contains(legend), qPrintable(legend + u'\n' + words));
        }
        QVERIFY(!words.contains(QStringLiteral("(n = 30,")));
    } else {
        for (const ComparisonRow &row : csOnly.comparison.rows) {
            if (row.variable != u"cs_improved")
                continue;
            for (const CountCell &cell : row.cells) {
                const QString label
                    = QStringLiteral("%1/%2").arg(cell.proportion.count).arg(cell.proportion.n);
                QVERIFY2(words.contains(label), qPrintable(label + u'\n' + words));
            }
        }
    }
}

void tst_ChartExporter::smallTargetsAreScaledNotCut()
{
    // A thumbnail: the figure is laid out at its least size and scaled down, so the
    // at-risk table's last line is still inside the image.
    const QImage image = ChartExporter::kaplanMeier(m_all.survival, m_all.subtitle)
                             .image(QSize(300, 220), 96);
    QCOMPARE(image.size(), QSize(300, 220));
    int inkRows = 0;
    for (int y = image.height() - 40; y < image.height() - 2; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 160) {
                ++inkRows;
                break;
            }
        }
    }
    QVERIFY2(inkRows > 0, "nothing drawn at the bottom: the table is cut off or missing");
    for (int x = 0; x < image.width(); ++x)
        QVERIFY(qGray(image.pixel(x, image.height() - 1)) > 200); // but nothing at the edge
}

void tst_ChartExporter::failsClearlyOnAnUnwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(Test::writeFile(file, "not a folder"));
    QTest::newRow("a file as folder")
        << file + QStringLiteral("/km.pdf") << QStringLiteral("is a file, not a folder");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("missing/deeper/km.png"))
                                    << QStringLiteral("does not exist");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.png")));
    QTest::newRow("a folder as file")
        << m_dir.filePath(QStringLiteral("folder.png")) << QStringLiteral("is a folder");
    QTest::newRow("proc") << QStringLiteral("/proc/cohortlens-km.svg") << QStringLiteral("/proc");
}

void tst_ChartExporter::failsClearlyOnAnUnwritablePath()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const ExportResult result = ChartExporter::kaplanMeier(m_all.survival, m_all.subtitle)
                                    .write(path, ChartExporter::defaultPixelSize(), 300);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, ExportResult::Status::CannotCreate);
    QVERIFY2(result.message.startsWith(QStringLiteral("Cannot write ")), qPrintable(result.message));
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!QFileInfo(path).isFile() || QFileInfo(path).isDir());
}

void tst_ChartExporter::replacesAnExistingFileWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.png"));
    QVERIFY(Test::writeFile(path, QByteArray(100000, 'x')));
    QVERIFY(ChartExporter::symptomRelief(m_all.comparison, m_all.subtitle)
                .write(path, QSize(600, 400), 96)
                .ok());
    QCOMPARE(QImage(path).size(), QSize(600, 400));
    // No temporary files are left behind.
    const QStringList left = QDir(m_dir.path())
                                 .entryList({QStringLiteral("replace.png*")}, QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("replace.png")});
}

QTEST_MAIN(tst_ChartExporter)
#include "tst_chartexporter.moc"
