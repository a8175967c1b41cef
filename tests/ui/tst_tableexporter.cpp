// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Table exports read back: the CSV with the project's own RFC 4180 reader (and the patient
// CSV imported again as a registry), the HTML for its table, tests and footnotes.

#include "comparisontablemodel.h"
#include "csvreader.h"
#include "patientsortproxy.h"
#include "patienttablemodel.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "tableexporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

namespace {

// The records of a CSV text, header first; sets `ok` to false on a malformed one.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records << fields;
    *ok = reader.error() == CsvReader::Error::None;
    return records;
}

const QStringList *recordStarting(const QList<QStringList> &records, const QString &first)
{
    for (const QStringList &record : records) {
        if (!record.isEmpty() && record.constFirst() == first)
            return &record;
    }
    return nullptr;
}

} // namespace

class tst_TableExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvFields_data();
    void csvFields();
    void comparisonCsvReadsBack_data();
    void comparisonCsvReadsBack();
    void comparisonCsvKeepsTheChosenTest();
    void comparisonHtmlIsAStandaloneTable();
    void patientCsvImportsAgain();
    void patientHtmlShowsTheRows();
    void deidentifiedPatientCsv();
    void tabSeparatedForTheClipboard();
    void writesUtf8WithAByteOrderMark();
    void failsClearlyOnAnUnwritablePath();

private:
    QTemporaryDir m_dir;
    RegistryStore m_store;
    ComparisonResult m_comparison;
    SurvivalResult m_survival;
    SurvivalResult m_overall;
};

void tst_TableExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
    QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), m_store).outcome,
             ImportReport::Outcome::Imported);
    m_comparison = std::get<ComparisonResult>(ComparisonAnalysis::run(m_store, {}, {}));
    m_survival = std::get<SurvivalResult>(SurvivalAnalysis::run(m_store, {}, {}));
    SurvivalRequest everyone;
    everyone.group = QStringLiteral("none");
    m_overall = std::get<SurvivalResult>(SurvivalAnalysis::run(m_store, {}, everyone));
}

void tst_TableExporter::csvFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("24/28 (85.7%)") << QStringLiteral("24/28 (85.7%)");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("5\" tall") << QStringLiteral("\"5\"\" tall\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unicode") << QStringLiteral("Pearson χ²") << QStringLiteral("Pearson χ²");
}

void tst_TableExporter::csvFields()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(TableExporter::csvField(text), field);
    QCOMPARE(TableExporter::oneLine(QStringLiteral("cytoreduction\nn = 30")),
             QStringLiteral("cytoreduction (n = 30)"));
}

void tst_TableExporter::comparisonCsvReadsBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English") << QStringLiteral("en_GB");
    QTest::newRow("German: the window shows commas, the CSV points") << QStringLiteral("de_DE");
}

void tst_TableExporter::comparisonCsvReadsBack()
{
    QFETCH(QString, locale);
    ComparisonTableModel model;
    model.setLocale(QLocale(locale));
    model.setResults(m_comparison, m_survival, m_overall);

    bool ok = false;
    const QList<QStringList> records = parseCsv(TableExporter::comparisonCsv(model).toUtf8(), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), model.rowCount() + 1);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), model.columnCount());
    QCOMPARE(records.at(0),
             (QStringList{QStringLiteral("Variable"),
                          QStringLiteral("cytoreduction (n = 30)"),
                          QStringLiteral("medical (n = 36)"),
                          QStringLiteral("Overall (n = 66)"),
                          QStringLiteral("p"),
                          QStringLiteral("Test")}));
    const QStringList *cs = recordStarting(records, QStringLiteral("Carcinoid syndrome improved"));
    QVERIFY(cs);
    QCOMPARE(*cs,
             (QStringList{QStringLiteral("Carcinoid syndrome improved"),
                          QStringLiteral("24/28 (85.7%)"),
                          QStringLiteral("18/28 (64.3%)"),
                          QStringLiteral("42/56 (75.0%)"),
                          QStringLiteral("0.064"),
                          QStringLiteral("Pearson χ²")}));
    // The survival section's line carries the log-rank test.
    const auto logRank = std::find_if(records.cbegin(), records.cend(), [](const QStringList &r) {
        return r.value(5) == u"Log-rank test";
    });
    QVERIFY(logRank != records.cend());
    QVERIFY2(logRank->at(0).startsWith(QStringLiteral("Survival")), qPrintable(logRank->at(0)));
    QCOMPARE(logRank->at(4), QStringLiteral("0.522"));
    // Indented lines lose their indentation, not their text.
    QVERIFY(recordStarting(records, QStringLiteral("Survival at 5 years (95% CI)")));
    // The window's model keeps its locale.
    if (locale == u"de_DE")
        QVERIFY(model.index(model.lineOf(QStringLiteral("cs_improved")), 1)
                    .data()
                    .toString()
                    .contains(u','));
}

void tst_TableExporter::comparisonCsvKeepsTheChosenTest()
{
    ComparisonTableModel model;
    model.setLocale(QLocale::c());
    model.setResults(m_comparison, m_survival, m_overall);
    QVERIFY(model.setTest(QStringLiteral("cs_improved"), ComparisonTest::Fisher));
    bool ok = false;
    const QList<QStringList> records = parseCsv(TableExporter::comparisonCsv(model).toUtf8(), &ok);
    QVERIFY(ok);
    const QStringList *cs = recordStarting(records, QStringLiteral("Carcinoid syndrome improved"));
    QVERIFY(cs);
    QCOMPARE(cs->at(5), QStringLiteral("Fisher's exact test"));
    QCOMPARE(cs->at(4),
             model.index(model.lineOf(QStringLiteral("cs_improved")), 4).data().toString());
    QVERIFY(cs->at(4) != QStringLiteral("0.064"));
}

void tst_TableExporter::comparisonHtmlIsAStandaloneTable()
{
    ComparisonTableModel model;
    model.setLocale(QLocale::c());
    model.setResults(m_comparison, m_survival, m_overall);
    const QString html = TableExporter::comparisonHtml(model,
                                                       QStringLiteral("Carcinoid syndrome & <b>"));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
    QCOMPARE(html.count(QStringLiteral("<table>")), 1);
    QCOMPARE(html.count(QStringLiteral("<tr")), model.rowCount() + 1);
    QVERIFY(html.contains(QStringLiteral("cytoreduction<br>n = 30")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"num\">24/28 (85.7%)</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"num\">0.064</td>")));
    // Escaped, not interpreted.
    QVERIFY(html.contains(QStringLiteral("Carcinoid syndrome &amp; &lt;b&gt;")));
    // Each test named once in the footnotes, marked where it is used.
    const QList<TableExporter::Footnote> notes = TableExporter::testFootnotes(model);
    QStringList names;
    for (const TableExporter::Footnote &note : notes)
        names << note.first;
    QVERIFY2(names.contains(QStringLiteral("Pearson χ²"))
                 && names.contains(QStringLiteral("Fisher's exact test"))
                 && names.contains(QStringLiteral("Log-rank test"))
                 && names.contains(QStringLiteral("Wilcoxon rank-sum test")),
             qPrintable(names.join(u'|')));
    QVERIFY(!names.contains(QStringLiteral("no test")));
    QCOMPARE(names.removeDuplicates(), 0);
    for (const TableExporter::Footnote &note : notes) {
        QVERIFY(!note.second.isEmpty());
        QVERIFY2(html.contains(QStringLiteral("<li><b>%1</b>: %2</li>")
                                   .arg(note.first.toHtmlEscaped(), note.second.toHtmlEscaped())),
                 qPrintable(note.first));
    }
    QVERIFY(html.contains(QStringLiteral("Pearson χ²<sup>")));
    QVERIFY(html.contains(TableExporter::comparisonNote().toHtmlEscaped()));
}

void tst_TableExporter::patientCsvImportsAgain()
{
    CohortFilter filter;
    filter.presentation = Presentation::ObstructionOnly;
    QStringList names;
    for (const RegistryColumn &c : m_store.columns())
        names << c.name;
    const auto patients = m_store.loadColumns(names, filter);
    QVERIFY(patients);
    QCOMPARE(patients->rows.size(), 10);

    // In the window's sort order: the last patient first.
    QList<int> order;
    for (int r = int(patients->rows.size()) - 1; r >= 0; --r)
        order << r;
    const QString path = m_dir.filePath(QStringLiteral("patients.csv"));
    QVERIFY(TableExporter::write(path, TableExporter::patientsCsv(*patients, order)).ok());

    bool ok = false;
    const QList<QStringList> records = parseCsv(Test::readFile(path), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 11);
    QCOMPARE(records.at(0), patients->names);
    const qsizetype id = patients->names.indexOf(QStringLiteral("patient_id"));
    QCOMPARE(records.at(1).at(id), patients->values.at(id).constLast().toString());

    // The file is a registry again: the same ten patients, the same follow-up.
    RegistryStore again;
    const ImportReport report = RegistryImporter().load(path, again);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported,
             qPrintable(report.message
                        + (report.problems.isEmpty() ? QString()
                                                     : report.problems.constFirst().toString())));
    QCOMPARE(again.patientCount(), 10);
    const auto survival = std::get<SurvivalResult>(SurvivalAnalysis::run(again, {}, {}));
    const auto original = std::get<SurvivalResult>(SurvivalAnalysis::run(m_store, filter, {}));
    QCOMPARE(survival.n, original.n);
    QCOMPARE(survival.groups.size(), original.groups.size());
    for (qsizetype g = 0; g < survival.groups.size(); ++g)
        QCOMPARE(survival.groups.at(g).curve.events, original.groups.at(g).curve.events);
}

void tst_TableExporter::patientHtmlShowsTheRows()
{
    CohortFilter filter;
    filter.presentation = Presentation::Both;
    QStringList names;
    for (const RegistryColumn &c : m_store.columns())
        names << c.name;
    PatientTableModel model;
    model.setPatients(*m_store.loadColumns(names, filter));
    PatientSortProxy proxy;
    proxy.setSourceModel(&model);
    const QString html = TableExporter::patientsHtml(proxy, filter.description());
    QCOMPARE(html.count(QStringLiteral("<tr>")), model.rowCount() + 1);
    QVERIFY(html.contains(QStringLiteral("<th>Carcinoid syndrome</th>")));
    QVERIFY(html.contains(filter.description().toHtmlEscaped()));
}

void tst_TableExporter::deidentifiedPatientCsv()
{
    // A registry with both dates, an extra date column and patients older than 89.
    const QString source = m_dir.filePath(QStringLiteral("dated.csv"));
    QVERIFY(Test::writeFile(
        source,
        "patient_id,age,sex,carcinoid_syndrome,obstruction,arm,operation_date,"
        "last_followup_date,followup_months,status,scan_seen,ki67\n"
        "MRN-4711,95,F,yes,no,cytoreduction,2001-02-03,2005-06-07,52,0,14/03/2004,3\n"
        "MRN-0815,89,M,no,yes,medical,2002-03-04,2003-01-10,10,1,,12.5\n"
        "MRN-2024,90,F,yes,yes,medical,2004-05-06,2010-07-08,74,0,02.01.2005,\n"
        "MRN-1999,,M,yes,no,cytoreduction,,,30,1,,2\n"
        "MRN-0042,120,M,no,yes,medical,1999-12-31,2000-02-01,1,1,,7\n"));
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(source, store);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported,
             qPrintable(report.message
                        + (report.problems.isEmpty() ? QString()
                                                     : report.problems.constFirst().toString())));
    QStringList names;
    for (const RegistryColumn &c : store.columns())
        names << c.name;
    const auto patients = store.loadColumns(names, {});
    QVERIFY(patients);
    QCOMPARE(patients->rows.size(), 5);
    QVERIFY(patients->names.contains(QStringLiteral("operation_date")));

    // In the window's order: the last patient first.
    const QList<int> order{4, 3, 2, 1, 0};
    const QString path = m_dir.filePath(QStringLiteral("deidentified.csv"));
    QVERIFY(TableExporter::write(path,
                                 TableExporter::patientsCsv(*patients,
                                                            order,
                                                            TableExporter::Privacy::Deidentified))
                .ok());
    const QByteArray bytes = Test::readFile(path);
    bool ok = false;
    const QList<QStringList> records = parseCsv(bytes, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 6);
    const QStringList header = records.constFirst();
    for (const char *gone : {"operation_date", "last_followup_date", "scan_seen"})
        QVERIFY2(!header.contains(QString::fromLatin1(gone)), gone);
    for (const char *kept : {"patient_id", "age", "sex", "arm", "followup_months", "ki67"})
        QVERIFY2(header.contains(QString::fromLatin1(kept)), kept);

    // No original ID, no date anywhere in the file.
    const QString text = QString::fromUtf8(bytes);
    for (const QVariant &id : patients->values.at(names.indexOf(u"patient_id")))
        QVERIFY2(!text.contains(id.toString()), qPrintable(id.toString()));
    static const QRegularExpression date(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"));
    QVERIFY2(!text.contains(date), qPrintable(text));

    // IDs 1..n in the order exported; no age above 89 as a number.
    const qsizetype id = header.indexOf(QStringLiteral("patient_id"));
    const qsizetype age = header.indexOf(QStringLiteral("age"));
    const qsizetype months = header.indexOf(QStringLiteral("followup_months"));
    QStringList ids, ages, followUp;
    for (const QStringList &record : records.mid(1)) {
        ids << record.at(id);
        ages << record.at(age);
        followUp << record.at(months);
        bool number = false;
        const double value = record.at(age).toDouble(&number);
        QVERIFY2(!number || value <= 89, qPrintable(record.at(age)));
    }
    QCOMPARE(ids.join(u'|'), QStringLiteral("1|2|3|4|5"));
    QCOMPARE(ages.join(u'|'), QStringLiteral("90+||90+|89|90+"));
    QCOMPARE(followUp.join(u'|'), QStringLiteral("1|30|74|10|52"));

    // Identified, the same call keeps everything (what the window exported before).
    const QString plain = TableExporter::patientsCsv(*patients, order);
    QVERIFY(plain.contains(QStringLiteral("MRN-4711")));
    QVERIFY(plain.contains(QStringLiteral("2001-02-03")));
}

void tst_TableExporter::tabSeparatedForTheClipboard()
{
    ComparisonTableModel model;
    model.setLocale(QLocale::c());
    model.setResults(m_comparison, m_survival, m_overall);
    const QString tsv = TableExporter::tsv(model, {model.lineOf(QStringLiteral("cs_improved"))});
    const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split(u'\t').size(), model.columnCount());
    QCOMPARE(lines.at(1).split(u'\t').at(1), QStringLiteral("24/28 (85.7%)"));
}

void tst_TableExporter::writesUtf8WithAByteOrderMark()
{
    const QString csv = m_dir.filePath(QStringLiteral("text.csv"));
    QVERIFY(TableExporter::write(csv, QStringLiteral("χ²,–\r\n")).ok());
    QCOMPARE(Test::readFile(csv), QByteArray("\xEF\xBB\xBF") + QStringLiteral("χ²,–\r\n").toUtf8());
    const QString html = m_dir.filePath(QStringLiteral("text.html"));
    QVERIFY(TableExporter::write(html, QStringLiteral("<p>χ²</p>")).ok());
    QCOMPARE(Test::readFile(html), QStringLiteral("<p>χ²</p>").toUtf8());
}

void tst_TableExporter::failsClearlyOnAnUnwritablePath()
{
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QVERIFY(Test::writeFile(file, "x"));
    const ExportResult result = TableExporter::write(file + QStringLiteral("/table.csv"),
                                                     QStringLiteral("a,b\r\n"));
    QVERIFY(!result.ok());
    QCOMPARE(result.status, ExportResult::Status::CannotCreate);
    QVERIFY2(result.message.contains(QStringLiteral("is a file, not a folder")),
             qPrintable(result.message));
}

QTEST_MAIN(tst_TableExporter)
#include "tst_tableexporter.moc"
