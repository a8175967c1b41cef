// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `cohortlens export` and `cohortlens report` run as a user runs them, without a display:
// the files they write (read with QImage, poppler-utils and an XML reader), their one line
// on success, their exit codes and messages on every refusal, and the window-less run of
// the program, which writes the demo report.

#include "pdftools.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace CohortLens;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program in the source tree, as a user in a shell without a display runs it.
Run run(const QStringList &arguments,
        const QString &workingDirectory = QStringLiteral(COHORTLENS_SOURCE_DIR),
        bool headless = false,
        const QString &language = QStringLiteral("en"))
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language); // Qt's default locale follows it
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (headless)
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // as from a plain shell
    else
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COHORTLENS_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString demo()
{
    return Test::demoRegistryPath();
}

QStringList svgTexts(const QString &path, bool *wellFormed)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    *wellFormed = !xml.hasError() && file.size() > 0;
    return texts;
}

} // namespace

class tst_ExportCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsEachChartAndFormat_data();
    void exportsEachChartAndFormat();
    void pngSizeAndResolution_data();
    void pngSizeAndResolution();
    void filteredExportReflectsTheFilter_data();
    void filteredExportReflectsTheFilter();
    void report_data();
    void report();
    void refuses_data();
    void refuses();
    void existingFileNeedsForce();
    void windowlessRunWritesTheDemoReport();
    void patientTable();
    void deidentifiedPatientTable();
    void reportListsNoIdentifiers();

private:
    QTemporaryDir m_dir;
};

void tst_ExportCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(COHORTLENS_BINARY)));
}

void tst_ExportCommands::exportsEachChartAndFormat_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    for (const QString &chart : {QStringLiteral("km"), QStringLiteral("relief")}) {
        for (const QString &format :
             {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")})
            QTest::addRow("%s %s", qPrintable(chart), qPrintable(format)) << chart << format;
    }
}

void tst_ExportCommands::exportsEachChartAndFormat()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    const QString out = m_dir.filePath(QStringLiteral("%1.%2").arg(chart, format));
    const Run r = run({QStringLiteral("export"),
                       QStringLiteral("--input"),
                       demo(),
                       QStringLiteral("--chart"),
                       chart,
                       QStringLiteral("--out"),
                       out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // One line on success: what was written and where.
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("Wrote %1 (").arg(out)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("n = 66")));

    if (format == u"png") {
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1004, 1063)); // one journal column at 300 dpi
        QCOMPARE(image.dotsPerMeterX(), qRound(300 / 0.0254));
        QVERIFY(r.out.contains(QStringLiteral("1004 × 1063 pixels at 300 dpi")));
    } else if (format == u"pdf") {
        QVERIFY(Test::readFile(out).startsWith("%PDF"));
        if (Test::hasTool(QStringLiteral("pdfinfo"))) {
            QCOMPARE(Test::pdfPages(out), 1);
            const QSizeF page = Test::pdfPageSize(out);
            QVERIFY(qAbs(page.width() - 1004 * 72.0 / 300) <= 1);
            QVERIFY(qAbs(page.height() - 1063 * 72.0 / 300) <= 1);
        }
        if (Test::hasTool(QStringLiteral("pdftotext"))) {
            const QString words = Test::pdfWords(out);
            QVERIFY2(words.contains(chart == u"km" ? QStringLiteral("Log-rank p = 0.522")
                                                   : QStringLiteral("Pearson χ² p = 0.064")),
                     qPrintable(words));
        }
    } else {
        bool wellFormed = false;
        const QStringList texts = svgTexts(out, &wellFormed);
        QVERIFY(wellFormed);
        QVERIFY2(texts.contains(chart == u"km" ? QStringLiteral("Number at risk")
                                               : QStringLiteral("24/28")),
                 qPrintable(texts.join(u'|')));
    }
}

void tst_ExportCommands::pngSizeAndResolution_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    using L = QStringList;
    QTest::newRow("width and height") << L{QStringLiteral("--width"),
                                           QStringLiteral("1600"),
                                           QStringLiteral("--height"),
                                           QStringLiteral("1000")}
                                      << QSize(1600, 1000) << 300;
    QTest::newRow("width only: the default proportions")
        << L{QStringLiteral("--width"), QStringLiteral("2008")} << QSize(2008, 2126) << 300;
    QTest::newRow("600 dpi: the same column, twice the pixels")
        << L{QStringLiteral("--dpi"), QStringLiteral("600")} << QSize(2008, 2126) << 600;
    QTest::newRow("96 dpi, small") << L{QStringLiteral("--dpi"),
                                        QStringLiteral("96"),
                                        QStringLiteral("--width"),
                                        QStringLiteral("640"),
                                        QStringLiteral("--height"),
                                        QStringLiteral("480")}
                                   << QSize(640, 480) << 96;
}

void tst_ExportCommands::pngSizeAndResolution()
{
    QFETCH(QStringList, options);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    const QString out = m_dir.filePath(
        QStringLiteral("size-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Run r = run(QStringList{QStringLiteral("export"),
                                  QStringLiteral("--input"),
                                  demo(),
                                  QStringLiteral("--chart"),
                                  QStringLiteral("km"),
                                  QStringLiteral("--out"),
                                  out}
                      + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(out);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    if (Test::hasTool(QStringLiteral("identify"))) {
        const QString info = Test::runTool(QStringLiteral("identify"),
                                           {QStringLiteral("-units"),
                                            QStringLiteral("PixelsPerInch"),
                                            QStringLiteral("-format"),
                                            QStringLiteral("%w %h %x"),
                                            out});
        const QStringList parts = info.simplified().split(u' ');
        QCOMPARE(parts.value(0).toInt(), size.width());
        QCOMPARE(parts.value(1).toInt(), size.height());
        QVERIFY2(qAbs(parts.value(2).toDouble() - dpi) < 0.5, qPrintable(info));
    }
}

void tst_ExportCommands::filteredExportReflectsTheFilter_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("n");
    using L = QStringList;
    QTest::newRow("km, CS only") << QStringLiteral("km")
                                 << L{QStringLiteral("--presentation"), QStringLiteral("cs-only")}
                                 << QStringLiteral("Carcinoid syndrome without obstruction")
                                 << QStringLiteral("n = 42");
    QTest::newRow("relief, CS only")
        << QStringLiteral("relief")
        << L{QStringLiteral("--presentation"), QStringLiteral("cs-only")}
        << QStringLiteral("Carcinoid syndrome without obstruction") << QStringLiteral("n = 42");
    QTest::newRow("km, where") << QStringLiteral("km")
                               << L{QStringLiteral("--where"), QStringLiteral("age>=60")}
                               << QStringLiteral("age") << QString();
}

void tst_ExportCommands::filteredExportReflectsTheFilter()
{
    if (!Test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    QFETCH(QString, chart);
    QFETCH(QStringList, filter);
    QFETCH(QString, description);
    QFETCH(QString, n);
    const QString out = m_dir.filePath(QStringLiteral("filtered-%1-%2.pdf")
                                           .arg(chart)
                                           .arg(QString::number(qHash(filter.join(u' ')))));
    const Run r = run(QStringList{QStringLiteral("export"),
                                  QStringLiteral("--input"),
                                  demo(),
                                  QStringLiteral("--chart"),
                                  chart,
                                  QStringLiteral("--out"),
                                  out}
                      + filter);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (!n.isEmpty())
        QVERIFY2(r.out.contains(n), qPrintable(r.out));
    const QString words = Test::pdfWords(out);
    QVERIFY2(words.contains(description), qPrintable(words));
    QVERIFY(!words.contains(QStringLiteral("All patients")));
    if (chart == u"km")
        QVERIFY(!words.contains(QStringLiteral("(n = 30, 4 events)"))); // the whole cohort's
}

void tst_ExportCommands::report_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSizeF>("points");
    QTest::addColumn<QString>("filter");
    using L = QStringList;
    const QString all = QStringLiteral("All patients");
    // The paper of the user's locale, unless --paper says otherwise.
    QTest::newRow("A4 in Britain") << QStringLiteral("en_GB") << L{} << QSizeF(595, 842) << all;
    QTest::newRow("Letter in Canada") << QStringLiteral("en_CA") << L{} << QSizeF(612, 792) << all;
    QTest::newRow("--paper letter in Britain")
        << QStringLiteral("en_GB") << L{QStringLiteral("--paper"), QStringLiteral("letter")}
        << QSizeF(612, 792) << all;
    QTest::newRow("CS only, --paper A4 in Canada")
        << QStringLiteral("en_CA")
        << L{QStringLiteral("--presentation"),
             QStringLiteral("cs-only"),
             QStringLiteral("--paper"),
             QStringLiteral("A4")}
        << QSizeF(595, 842) << QStringLiteral("Carcinoid syndrome without obstruction");
}

void tst_ExportCommands::report()
{
    if (!Test::hasTool(QStringLiteral("pdftotext")) || !Test::hasTool(QStringLiteral("pdfinfo")))
        QSKIP("poppler-utils are not installed");
    QFETCH(QString, language);
    QFETCH(QStringList, options);
    QFETCH(QSizeF, points);
    QFETCH(QString, filter);
    const QString out = m_dir.filePath(
        QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const Run r = run(QStringList{QStringLiteral("report"),
                                  QStringLiteral("--input"),
                                  demo(),
                                  QStringLiteral("--out"),
                                  out}
                          + options,
                      QStringLiteral(COHORTLENS_SOURCE_DIR),
                      false,
                      language);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("Wrote %1 (PDF, ").arg(out)), qPrintable(r.out));

    const int pages = Test::pdfPages(out);
    QVERIFY(pages >= 2);
    const QSizeF size = Test::pdfPageSize(out);
    QVERIFY2(qAbs(size.width() - points.width()) <= 1 && qAbs(size.height() - points.height()) <= 1,
             qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
    const QString words = Test::pdfWords(out);
    const QByteArray sha = Test::fileSha256(demo());
    for (const QString &text : {QStringLiteral("Clinical outcomes report"),
                                QStringLiteral("net-registry-synthetic.csv"),
                                QString::fromLatin1(sha.left(16)),
                                QStringLiteral("Synthetic demo data — not real patients"),
                                filter,
                                QStringLiteral("Kaplan-Meier"),
                                QStringLiteral("Greenwood"),
                                QStringLiteral("log-rank"),
                                QStringLiteral("Cox"),
                                QStringLiteral("Page 1 of %1").arg(pages),
                                QStringLiteral("Page %1 of %1").arg(pages)})
        QVERIFY2(words.contains(text), qPrintable(text + u'\n' + words));
    if (filter == u"All patients") {
        QVERIFY(words.contains(QStringLiteral("cytoreduction n = 30")));
        QVERIFY(words.contains(QStringLiteral("n = 30")));
        QVERIFY(words.contains(QStringLiteral("24/28")));
        QVERIFY(words.contains(QStringLiteral("0.064")));
    }
}

void tst_ExportCommands::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    using L = QStringList;
    const QString exportCommand = QStringLiteral("export");
    const QString reportCommand = QStringLiteral("report");
    const QString input = QStringLiteral("--input");
    const QString out = QStringLiteral("--out");
    const QString chart = QStringLiteral("--chart");
    const QString km = QStringLiteral("km");
    const QString png = m_dir.filePath(QStringLiteral("refused.png"));
    const QString plainFile = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(Test::writeFile(plainFile, "x"));
    const QString lung = QStringLiteral("tests/data/r/lung.csv");
    auto row = [](const char *name, const QStringList &arguments, int code, const QString &message) {
        QTest::newRow(name) << arguments << code << message;
    };
    row("no out",
        L{exportCommand, input, demo(), chart, km},
        2,
        QStringLiteral("--out FILE is required"));
    row("no chart",
        L{exportCommand, input, demo(), out, png},
        2,
        QStringLiteral("--chart km|relief is required"));
    row("unknown chart",
        L{exportCommand, input, demo(), chart, QStringLiteral("forest"), out, png},
        2,
        QStringLiteral("--chart forest: use km or relief"));
    row("unknown format",
        L{exportCommand, input, demo(), chart, km, out, m_dir.filePath(QStringLiteral("km.jpg"))},
        2,
        QStringLiteral("give it the extension .png, .pdf or .svg"));
    row("missing folder",
        L{exportCommand, input, demo(), chart, km, out, m_dir.filePath(QStringLiteral("no/km.png"))},
        2,
        QStringLiteral("does not exist"));
    row("a file as folder",
        L{exportCommand, input, demo(), chart, km, out, plainFile + QStringLiteral("/km.png")},
        2,
        QStringLiteral("is a file, not a folder"));
    row("unwritable /proc",
        L{exportCommand, input, demo(), chart, km, out, QStringLiteral("/proc/cohortlens-km.png")},
        2,
        QStringLiteral("/proc"));
    row("a folder as out",
        L{exportCommand, input, demo(), chart, km, out, m_dir.path()},
        2,
        QStringLiteral("is a folder"));
    row("bad dpi",
        L{exportCommand,
          input,
          demo(),
          chart,
          km,
          out,
          png,
          QStringLiteral("--dpi"),
          QStringLiteral("3")},
        2,
        QStringLiteral("--dpi 3: give a whole number from 36 to 2400"));
    row("bad width",
        L{exportCommand,
          input,
          demo(),
          chart,
          km,
          out,
          png,
          QStringLiteral("--width"),
          QStringLiteral("wide")},
        2,
        QStringLiteral("--width wide"));
    row("huge height",
        L{exportCommand,
          input,
          demo(),
          chart,
          km,
          out,
          png,
          QStringLiteral("--height"),
          QStringLiteral("90000")},
        2,
        QStringLiteral("--height 90000"));
    row("bad presentation",
        L{exportCommand,
          input,
          demo(),
          chart,
          km,
          out,
          png,
          QStringLiteral("--presentation"),
          QStringLiteral("pain")},
        2,
        QStringLiteral("--presentation pain"));
    row("format is not an option here",
        L{exportCommand,
          input,
          demo(),
          chart,
          km,
          out,
          png,
          QStringLiteral("--format"),
          QStringLiteral("json")},
        2,
        QStringLiteral("Unknown option 'format'"));
    row("missing input",
        L{exportCommand, input, QStringLiteral("nowhere.csv"), chart, km, out, png},
        2,
        QStringLiteral("does not exist"));
    row("relief needs the native format",
        L{exportCommand, input, lung, chart, QStringLiteral("relief"), out, png},
        2,
        QStringLiteral("needs a registry in the native format"));
    row("invalid data",
        L{exportCommand,
          input,
          QStringLiteral(COHORTLENS_TEST_DATA "/registry/invalid-arm.csv"),
          chart,
          km,
          out,
          png},
        3,
        QStringLiteral("unknown arm"));
    const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
    const QString table = QStringLiteral("--table");
    const QString patients = QStringLiteral("patients");
    row("deidentify without a table",
        L{exportCommand, input, demo(), chart, km, out, png, QStringLiteral("--deidentify")},
        2,
        QStringLiteral("--deidentify applies to --table patients"));
    row("unknown table",
        L{exportCommand, input, demo(), table, QStringLiteral("comparison"), out, csv},
        2,
        QStringLiteral("--table comparison: use patients"));
    row("chart and table",
        L{exportCommand, input, demo(), chart, km, table, patients, out, csv},
        2,
        QStringLiteral("give --chart or --table, not both"));
    row("table as png",
        L{exportCommand, input, demo(), table, patients, out, png},
        2,
        QStringLiteral("give it the extension .csv"));
    row("table with dpi",
        L{exportCommand,
          input,
          demo(),
          table,
          patients,
          out,
          csv,
          QStringLiteral("--dpi"),
          QStringLiteral("300")},
        2,
        QStringLiteral("--dpi applies to charts, not to --table"));
    row("table, unknown where column",
        L{exportCommand,
          input,
          demo(),
          table,
          patients,
          out,
          csv,
          QStringLiteral("--where"),
          QStringLiteral("mrn=1")},
        2,
        QStringLiteral("no column mrn"));
    row("report: not a pdf",
        L{reportCommand, input, demo(), out, m_dir.filePath(QStringLiteral("report.png"))},
        2,
        QStringLiteral("give the file the extension .pdf"));
    row("report: bad paper",
        L{reportCommand,
          input,
          demo(),
          out,
          m_dir.filePath(QStringLiteral("r.pdf")),
          QStringLiteral("--paper"),
          QStringLiteral("legal")},
        2,
        QStringLiteral("--paper legal: use a4 or letter"));
    row("report: a file as folder",
        L{reportCommand, input, demo(), out, plainFile + QStringLiteral("/r.pdf")},
        2,
        QStringLiteral("is a file, not a folder"));
    row("report: unwritable /proc",
        L{reportCommand, input, demo(), out, QStringLiteral("/proc/cohortlens-report.pdf")},
        2,
        QStringLiteral("/proc"));
    row("report: no out",
        L{reportCommand, input, demo()},
        2,
        QStringLiteral("--out FILE is required"));
}

void tst_ExportCommands::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("cohortlens %1: ").arg(arguments.constFirst())),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.png"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.csv"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/cohortlens-km.png")));
}

void tst_ExportCommands::existingFileNeedsForce()
{
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("report")}) {
        const QString out = m_dir.filePath(QStringLiteral("existing-%1.pdf").arg(command));
        QVERIFY(Test::writeFile(out, "the surgeon's own file"));
        QStringList arguments{command,
                              QStringLiteral("--input"),
                              demo(),
                              QStringLiteral("--out"),
                              out};
        if (command == u"export")
            arguments << QStringLiteral("--chart") << QStringLiteral("km");

        // Without --force: a usage error, and the file is untouched.
        Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("exists; give --force to replace it")),
                 qPrintable(r.err));
        QCOMPARE(Test::readFile(out), QByteArray("the surgeon's own file"));

        // With --force: replaced.
        r = run(arguments << QStringLiteral("--force"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(Test::readFile(out).startsWith("%PDF"));
    }
}

void tst_ExportCommands::windowlessRunWritesTheDemoReport()
{
    // scripts/run.sh on a machine without a display: the figures as text, and the report.
    QTemporaryDir here;
    QVERIFY(here.isValid());
    const Run r = run({QStringLiteral("--demo")}, here.path(), true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("No display was found")));
    QVERIFY(r.out.contains(QStringLiteral("0.064"))); // the comparison table is still printed
    const QString report = QDir(here.path()).filePath(QStringLiteral("cohortlens-demo-report.pdf"));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1").arg(report)), qPrintable(r.out));
    QVERIFY(Test::readFile(report).startsWith("%PDF"));
    if (Test::hasTool(QStringLiteral("pdftotext")))
        QVERIFY(Test::pdfWords(report).contains(
            QStringLiteral("Synthetic demo data — not real patients")));
    // Again: the program's own report is brought up to date.
    const Run again = run({QStringLiteral("--demo")}, here.path(), true);
    QCOMPARE(again.exitCode, 0);
}

void tst_ExportCommands::patientTable()
{
    // The patients as the window exports them: the registry's columns, the filter applied.
    const QString out = m_dir.filePath(QStringLiteral("patients-cs-only.csv"));
    const Run r = run({QStringLiteral("export"),
                       QStringLiteral("--input"),
                       demo(),
                       QStringLiteral("--table"),
                       QStringLiteral("patients"),
                       QStringLiteral("--presentation"),
                       QStringLiteral("cs-only"),
                       QStringLiteral("--out"),
                       out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Wrote %1 (CSV; n = 42)\n").arg(out));
    const QStringList lines = QString::fromUtf8(Test::readFile(out))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 42);
    QVERIFY(Test::readFile(out).startsWith("\xEF\xBB\xBF")); // for spreadsheets
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("patient_id,age,sex,")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("SYN-001,46,F,")));
}

void tst_ExportCommands::deidentifiedPatientTable()
{
    // Dates, an extra date column and patients older than 89.
    const QString source = m_dir.filePath(QStringLiteral("dated.csv"));
    QVERIFY(
        Test::writeFile(source,
                        "patient_id,age,sex,carcinoid_syndrome,obstruction,arm,operation_date,"
                        "last_followup_date,followup_months,status,seen_on\n"
                        "MRN-4711,95,F,yes,no,cytoreduction,2001-02-03,2005-06-07,52,0,2004-03-14\n"
                        "MRN-0815,89,M,no,yes,medical,2002-03-04,2003-01-10,10,1,\n"
                        "MRN-2024,90.5,F,yes,yes,medical,2004-05-06,2010-07-08,74,0,2005-01-02\n"
                        "MRN-1999,33,M,yes,no,cytoreduction,,,30,1,\n"
                        "MRN-0042,104,M,no,yes,medical,1999-12-31,2000-02-01,1,1,\n"));
    const QStringList ids{QStringLiteral("MRN-4711"),
                          QStringLiteral("MRN-0815"),
                          QStringLiteral("MRN-2024"),
                          QStringLiteral("MRN-1999"),
                          QStringLiteral("MRN-0042")};
    // From the CSV, from a database made by import, and filtered.
    const QString db = m_dir.filePath(QStringLiteral("dated.sqlite"));
    QVERIFY(
        run({QStringLiteral("import"), QStringLiteral("--input"), source, QStringLiteral("--db"), db})
            .exitCode
        == 0);
    const QList<std::tuple<QString, QStringList, qsizetype>> runs{
        {source, {}, 5},
        {db, {}, 5},
        {db, {QStringLiteral("--where"), QStringLiteral("arm=medical")}, 3},
    };
    for (const auto &[input, filter, n] : runs) {
        const QString out = m_dir.filePath(QStringLiteral("deidentified.csv"));
        const Run r = run(QStringList{QStringLiteral("export"),
                                      QStringLiteral("--input"),
                                      input,
                                      QStringLiteral("--table"),
                                      QStringLiteral("patients"),
                                      QStringLiteral("--deidentify"),
                                      QStringLiteral("--force"),
                                      QStringLiteral("--out"),
                                      out}
                          + filter);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Wrote %1 (CSV, de-identified; n = %2)\n").arg(out).arg(n));
        // Nothing of them on the terminal either.
        for (const QString &id : ids)
            QVERIFY(!r.out.contains(id) && !r.err.contains(id));

        const QString text = QString::fromUtf8(Test::readFile(out));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + n);
        // The native columns (those the file left out empty), without the dates and the
        // extra column of dates.
        const QStringList header = lines.constFirst().split(u',');
        QCOMPARE(header,
                 QString::fromLatin1("patient_id,age,sex,primary_site,carcinoid_syndrome,"
                                     "obstruction,arm,regional_resection,cs_improved,"
                                     "obstruction_relieved,complication,clavien_dindo,died_30d,"
                                     "followup_months,status")
                     .split(u','));
        for (const QString &id : ids)
            QVERIFY2(!text.contains(id), qPrintable(id));
        static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
        QVERIFY2(!text.contains(date), qPrintable(text));
        QStringList shown;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u',');
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(fields.at(0), QString::number(i)); // sequence numbers, in order
            bool number = false;
            const double age = fields.at(1).toDouble(&number);
            QVERIFY2(number ? age <= 89 : fields.at(1) == u"90+", qPrintable(lines.at(i)));
            shown << QStringList{fields.at(0),
                                 fields.at(1),
                                 fields.at(header.indexOf(u"arm")),
                                 fields.at(header.indexOf(u"followup_months"))}
                         .join(u',');
        }
        QCOMPARE(shown.join(u'|'),
                 n == 5 ? QStringLiteral("1,90+,cytoreduction,52|2,89,medical,10|"
                                         "3,90+,medical,74|4,33,cytoreduction,30|"
                                         "5,90+,medical,1")
                        : QStringLiteral("1,89,medical,10|2,90+,medical,74|3,90+,medical,1"));
    }
}

void tst_ExportCommands::reportListsNoIdentifiers()
{
    if (!Test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    QStringList ids;
    const QStringList lines = QString::fromUtf8(Test::readFile(demo())).split(u'\n');
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("patient_id,")));
    for (const QString &line : lines.mid(1)) {
        if (!line.trimmed().isEmpty())
            ids << line.section(u',', 0, 0).trimmed();
    }
    QCOMPARE(ids.size(), 66);

    const QString out = m_dir.filePath(QStringLiteral("report-no-ids.pdf"));
    const Run r = run(
        {QStringLiteral("report"), QStringLiteral("--input"), demo(), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = Test::pdfText(out);
    QVERIFY(text.contains(QStringLiteral("Clinical outcomes report"))); // the text was read
    // pdftotext may break a line inside an ID; the words joined catch that too.
    const QString joined = Test::pdfWords(out).remove(u' ');
    for (const QString &id : std::as_const(ids)) {
        QVERIFY2(!text.contains(id), qPrintable(id));
        QVERIFY2(!joined.contains(id), qPrintable(id));
    }
    // Nor the prefix alone: no ID is even partly printed.
    QVERIFY(!joined.contains(QStringLiteral("SYN-")));
}

QTEST_MAIN(tst_ExportCommands)
#include "tst_exportcommands.moc"
