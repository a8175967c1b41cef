// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one-file report read as a reader reads it (pdftotext, pdfinfo): its pages and paper,
// the data source, the filter, n per arm, both figures whole on one page, the comparison
// table with its tests and footnotes, the methods and the page numbers.

#include "analysiscontroller.h"
#include "localization.h"
#include "pdftools.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "reportwriter.h"
#include "testsupport.h"

#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

namespace {

#define REQUIRE_POPPLER() \
    do { \
        if (!Test::hasTool(QStringLiteral("pdftotext")) \
            || !Test::hasTool(QStringLiteral("pdfinfo"))) \
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed; scripts/setup.sh " \
                  "installs them"); \
    } while (false)

} // namespace

class tst_ReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPaper_data();
    void defaultPaper();
    void reportHasEverything_data();
    void reportHasEverything();
    void figuresAreWholeOnTheirPage();
    void longTableContinuesUnderItsHeader();
    void databaseNamesEveryImport();
    void printsOnAPrinter();
    void failsClearlyOnAnUnwritablePath();

private:
    [[nodiscard]] ReportInput input(const QString &csv, const CohortFilter &filter, bool demo);

    QTemporaryDir m_dir;
};

void tst_ReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
    Localization::install(QLocale::c());
}

ReportInput tst_ReportWriter::input(const QString &csv, const CohortFilter &filter, bool demo)
{
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(csv, store);
    if (report.outcome != ImportReport::Outcome::Imported)
        return {};
    const CohortSnapshot snapshot = AnalysisController::compute(store.path(), filter, {}, {}, 1);
    return ReportInput::fromSnapshot(snapshot, QFileInfo(csv).fileName(), store.provenance(), demo);
}

void tst_ReportWriter::defaultPaper_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("en_US") << QStringLiteral("en_US") << int(ReportWriter::Paper::Letter);
    QTest::newRow("en_CA") << QStringLiteral("en_CA") << int(ReportWriter::Paper::Letter);
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(ReportWriter::Paper::Letter);
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(ReportWriter::Paper::A4);
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << int(ReportWriter::Paper::A4);
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << int(ReportWriter::Paper::A4);
    QTest::newRow("es_ES") << QStringLiteral("es_ES") << int(ReportWriter::Paper::A4);
}

void tst_ReportWriter::defaultPaper()
{
    QFETCH(QString, locale);
    QFETCH(int, paper);
    QCOMPARE(int(ReportWriter::defaultPaper(QLocale(locale))), paper);
    QVERIFY(ReportWriter::parsePaper(u"Letter") == ReportWriter::Paper::Letter);
    QVERIFY(ReportWriter::parsePaper(u" a4") == ReportWriter::Paper::A4);
    QVERIFY(!ReportWriter::parsePaper(u"legal"));
}

void tst_ReportWriter::reportHasEverything_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("presentation");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4, all patients")
        << int(ReportWriter::Paper::A4) << int(Presentation::Any) << QSizeF(595, 842);
    QTest::newRow("Letter, all patients")
        << int(ReportWriter::Paper::Letter) << int(Presentation::Any) << QSizeF(612, 792);
    QTest::newRow("A4, CS only") << int(ReportWriter::Paper::A4)
                                 << int(Presentation::CarcinoidSyndromeOnly) << QSizeF(595, 842);
}

void tst_ReportWriter::reportHasEverything()
{
    REQUIRE_POPPLER();
    QFETCH(int, paper);
    QFETCH(int, presentation);
    QFETCH(QSizeF, points);
    CohortFilter filter;
    filter.presentation = Presentation(presentation);
    const ReportInput in = input(Test::demoRegistryPath(), filter, true);
    QVERIFY(!in.provenance.isEmpty());
    QCOMPARE(in.provenance.constFirst().sha256.size(), 64);

    ReportWriter writer(in, QLocale::c());
    writer.setPaper(ReportWriter::Paper(paper));
    const QString path = m_dir.filePath(
        QStringLiteral("report-%1-%2.pdf").arg(paper).arg(presentation));
    const ExportResult result = writer.writePdf(path);
    QVERIFY2(result.ok(), qPrintable(result.message));

    const int pages = Test::pdfPages(path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QCOMPARE(writer.pageCount(), pages);
    const QSizeF size = Test::pdfPageSize(path);
    QVERIFY2(qAbs(size.width() - points.width()) <= 1 && qAbs(size.height() - points.height()) <= 1,
             qPrintable(QStringLiteral("%1 × %2 pt").arg(size.width()).arg(size.height())));
    if (Test::hasTool(QStringLiteral("pdffonts")))
        QCOMPARE(Test::pdfFontsNotEmbedded(path), QStringList());

    const QString words = Test::pdfWords(path);
    const auto has = [&](const QString &text) {
        if (!words.contains(text))
            qWarning().noquote() << "missing:" << text << "\n" << words;
        return words.contains(text);
    };
    QVERIFY(has(QStringLiteral("Clinical outcomes report")));
    // The data source: file, SHA-256, rows.
    QVERIFY(has(QStringLiteral("net-registry-synthetic.csv")));
    QVERIFY(has(in.provenance.constFirst().sha256));
    QVERIFY(has(QStringLiteral("66 read, 66 imported, 0 rejected")));
    QVERIFY(has(QStringLiteral("Synthetic demo data — not real patients")));
    // The filter in words, n per arm.
    QVERIFY(has(filter.description()));
    for (const ComparisonResult::Group &group : in.comparison->groups)
        QVERIFY(has(QStringLiteral("%1 n = %2").arg(group.name).arg(group.n)));
    // The figures and the table.
    QVERIFY(has(QStringLiteral("Overall survival")));
    QVERIFY(has(QStringLiteral("Number at risk")));
    QVERIFY(has(QStringLiteral("Symptom relief after treatment")));
    QVERIFY(has(QStringLiteral("Table 1.")));
    QVERIFY(has(QStringLiteral("Figure 1.")));
    QVERIFY(has(QStringLiteral("Figure 2.")));
    if (filter.presentation == Presentation::Any) {
        QVERIFY(has(QStringLiteral("n = 30")));
        QVERIFY(has(QStringLiteral("24/28")));
        QVERIFY(has(QStringLiteral("24/28 (85.7%) 18/28 (64.3%) 42/56 (75.0%) 0.064 Pearson χ²")));
        QVERIFY(has(QStringLiteral("Log-rank p = 0.522")));
        QVERIFY(has(QStringLiteral("Log-rank test p = 0.522.")));
        QVERIFY(has(QStringLiteral("73.8% (57.4–84.7)"))); // 5-year survival, overall
    } else {
        QVERIFY(!words.contains(QStringLiteral("n = 30")));
    }
    // Footnotes explain each test named.
    QVERIFY(has(QStringLiteral("Pearson χ²: Compares proportions between groups")));
    QVERIFY(has(QStringLiteral("Log-rank test: Compares the survival curves")));
    // The methods, named as docs/methods.md names them.
    for (const QString &method : {QStringLiteral("Kaplan-Meier"),
                                  QStringLiteral("Greenwood"),
                                  QStringLiteral("log-rank"),
                                  QStringLiteral("Cox"),
                                  QStringLiteral("Wilson"),
                                  QStringLiteral("survival::survfit"),
                                  QStringLiteral("survival::survdiff"),
                                  QStringLiteral("survival::coxph")})
        QVERIFY(has(method));
    // Page numbers on every page.
    for (int page = 1; page <= pages; ++page) {
        const QString text = Test::pdfWords(path, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Synthetic demo data — not real patients")));
    }
}

void tst_ReportWriter::figuresAreWholeOnTheirPage()
{
    REQUIRE_POPPLER();
    const ReportInput in = input(Test::demoRegistryPath(), {}, false);
    ReportWriter writer(in, QLocale::c());
    const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
    QVERIFY(writer.writePdf(path).ok());
    QVERIFY(!Test::pdfWords(path).contains(QStringLiteral("demo data")));
    // Each figure's title, axis, table and caption are on one page: never split.
    int kmPage = 0;
    int reliefPage = 0;
    for (int page = 1; page <= writer.pageCount(); ++page) {
        const QString text = Test::pdfWords(path, page);
        if (text.contains(QStringLiteral("Overall survival"))) {
            kmPage = page;
            QVERIFY(text.contains(QStringLiteral("Months")));
            QVERIFY(text.contains(QStringLiteral("Number at risk")));
            QVERIFY(text.contains(QStringLiteral("cytoreduction 30")));
            QVERIFY(text.contains(QStringLiteral("medical 36")));
            QVERIFY(text.contains(QStringLiteral("Figure 1.")));
        }
        if (text.contains(QStringLiteral("Symptom relief after treatment"))) {
            reliefPage = page;
            QVERIFY(text.contains(QStringLiteral("Obstruction relieved")));
            QVERIFY(text.contains(QStringLiteral("Figure 2.")));
        }
    }
    QVERIFY(kmPage > 0);
    QVERIFY(reliefPage >= kmPage);
}

void tst_ReportWriter::longTableContinuesUnderItsHeader()
{
    REQUIRE_POPPLER();
    // A registry whose every patient has a primary site of their own: one table line each.
    QByteArray csv = "patient_id,primary_site,carcinoid_syndrome,obstruction,arm,followup_months,"
                     "status\n";
    for (int i = 0; i < 120; ++i)
        csv += QStringLiteral("P%1,site_%2,yes,no,%3,%4,%5\n")
                   .arg(i)
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("medical") : QStringLiteral("cytoreduction"))
                   .arg(6 + i)
                   .arg(i % 5 == 0 ? 1 : 0)
                   .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("many-sites.csv"));
    QVERIFY(Test::writeFile(file, csv));
    ReportWriter writer(input(file, {}, false), QLocale::c());
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(writer.writePdf(path).ok());
    QVERIFY(writer.pageCount() >= 4);

    // Every line is there once, and every page the table runs on starts with its header.
    const QString words = Test::pdfWords(path);
    for (int i = 0; i < 120; ++i) {
        const QString site = QStringLiteral("site_%1 ").arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(words.count(site), 1);
    }
    int continued = 0;
    for (int page = 1; page <= writer.pageCount(); ++page) {
        const QString text = Test::pdfWords(path, page);
        if (!text.contains(QStringLiteral("site_")))
            continue;
        for (const QString &header : {QStringLiteral("Variable"),
                                      QStringLiteral("cytoreduction"),
                                      QStringLiteral("Overall"),
                                      QStringLiteral("n = 120"),
                                      QStringLiteral("Test")})
            QVERIFY2(text.contains(header), qPrintable(header + u'\n' + text));
        continued += text.contains(QStringLiteral("Table 1 (continued)"));
    }
    QVERIFY(continued >= 1);
}

void tst_ReportWriter::databaseNamesEveryImport()
{
    REQUIRE_POPPLER();
    const QString db = m_dir.filePath(QStringLiteral("two-imports.sqlite"));
    ImportRequest first;
    first.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv");
    first.databasePath = db;
    QCOMPARE(RegistryImporter().importFile(first).outcome, ImportReport::Outcome::Imported);
    ImportRequest second = first;
    second.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/import/new-patients.csv");
    second.mode = ProvenanceEntry::Mode::Append;
    QCOMPARE(RegistryImporter().importFile(second).outcome, ImportReport::Outcome::Imported);

    const ReportInput in = input(db, {}, false);
    QCOMPARE(in.provenance.size(), 2);
    ReportWriter writer(in, QLocale::c());
    const QString path = m_dir.filePath(QStringLiteral("database.pdf"));
    QVERIFY(writer.writePdf(path).ok());
    const QString words = Test::pdfWords(path);
    QVERIFY2(words.contains(QStringLiteral("two-imports.sqlite (small.csv, new-patients.csv)")),
             qPrintable(words));
    for (const ProvenanceEntry &entry : in.provenance) {
        QVERIFY(
            words.contains(QStringLiteral("SHA-256 of %1 %2").arg(entry.sourceName, entry.sha256)));
        QVERIFY(words.contains(QStringLiteral("Rows of %1").arg(entry.sourceName)));
    }
    QVERIFY(words.contains(QStringLiteral("Patients in the registry %1").arg(in.total)));
}

void tst_ReportWriter::printsOnAPrinter()
{
    REQUIRE_POPPLER();
    // File ▸ Print draws the same report on a QPrinter; a PDF printer shows what it got.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    ReportWriter writer(input(Test::demoRegistryPath(), {}, true), QLocale::c());
    QVERIFY(writer.print(&printer));
    QCOMPARE(Test::pdfPages(path), writer.pageCount());
    const QSizeF size = Test::pdfPageSize(path);
    QVERIFY(qAbs(size.width() - 612) <= 1 && qAbs(size.height() - 792) <= 1);
    QVERIFY(Test::pdfWords(path).contains(QStringLiteral("Page 1 of %1").arg(writer.pageCount())));
}

void tst_ReportWriter::failsClearlyOnAnUnwritablePath()
{
    ReportWriter writer(input(Test::demoRegistryPath(), {}, true), QLocale::c());
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const ExportResult result = writer.writePdf(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, ExportResult::Status::CannotCreate);
    QVERIFY2(result.message.contains(QStringLiteral("does not exist")), qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(tst_ReportWriter)
#include "tst_reportwriter.moc"
