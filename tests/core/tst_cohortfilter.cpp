// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfilter.h"

#include <QLocale>
#include <QSet>
#include <QTest>

#include <functional>

using namespace CohortLens;

Q_DECLARE_METATYPE(CohortLens::CohortFilter)
Q_DECLARE_METATYPE(CohortLens::Presentation)
Q_DECLARE_METATYPE(std::optional<CohortLens::Presentation>)

class tst_CohortFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void description_data();
    void description();
    void descriptionInGerman_data();
    void descriptionInGerman();
    void isEmpty_data();
    void isEmpty();
    void presentationKeysRoundTrip_data();
    void presentationKeysRoundTrip();
    void presentationKeyParsing_data();
    void presentationKeyParsing();
    void presentationNames();
};

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result << QString::fromUtf8(s);
    return result;
}

CohortFilter with(const std::function<void(CohortFilter &)> &change)
{
    CohortFilter filter;
    change(filter);
    return filter;
}

WhereCondition where(const char *text)
{
    QString error;
    const auto condition = WhereCondition::parse(QString::fromUtf8(text), &error);
    Q_ASSERT(condition);
    return *condition;
}

} // namespace

void tst_CohortFilter::description_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << CohortFilter() << QStringLiteral("All patients");
    QTest::newRow("presentation") << with([](auto &f) {
        f.presentation = Presentation::CarcinoidSyndromeOnly;
    }) << QStringLiteral("Carcinoid syndrome without obstruction");
    QTest::newRow("everything the window sets")
        << with([](auto &f) {
               f.presentation = Presentation::CarcinoidSyndromeOnly;
               f.arms = strings({"cytoreduction"});
               f.sexes = strings({"F"});
               f.ageMin = 40;
               f.ageMax = 70;
               f.primarySites = strings({"small_bowel", "appendix"});
               f.idSearch = QStringLiteral("SYN-0");
               f.followUpMin = 12;
           })
        << QStringLiteral("Carcinoid syndrome without obstruction · cytoreduction · women · "
                          "age 40–70 · small_bowel or appendix · follow-up ≥ 12 months · "
                          "selected by patient ID");

    QTest::newRow("arm") << with([](auto &f) { f.arms = strings({"MEDICAL"}); })
                         << QStringLiteral("medical");
    QTest::newRow("arms, both") << with([](auto &f) {
        f.arms = strings({"cytoreduction", "medical"});
    }) << QStringLiteral("cytoreduction or medical");
    QTest::newRow("arms, repeated") << with([](auto &f) {
        f.arms = strings({"medical", "Medical"});
    }) << QStringLiteral("medical");
    QTest::newRow("arm, unknown, as written")
        << with([](auto &f) { f.arms = strings({"Surgery"}); }) << QStringLiteral("Surgery");

    QTest::newRow("sex, male") << with([](auto &f) { f.sexes = strings({"male"}); })
                               << QStringLiteral("men");
    QTest::newRow("sex, both") << with([](auto &f) {
        f.sexes = strings({"M", "F"});
    }) << QStringLiteral("men or women");
    QTest::newRow("sex, repeated") << with([](auto &f) {
        f.sexes = strings({"f", "Female"});
    }) << QStringLiteral("women");
    QTest::newRow("sex, unknown") << with([](auto &f) { f.sexes = strings({"X"}); })
                                  << QStringLiteral("sex X");

    QTest::newRow("age from") << with([](auto &f) { f.ageMin = 40; }) << QStringLiteral("age ≥ 40");
    QTest::newRow("age to") << with([](auto &f) { f.ageMax = 70; }) << QStringLiteral("age ≤ 70");
    QTest::newRow("age, one value") << with([](auto &f) {
        f.ageMin = 50;
        f.ageMax = 50;
    }) << QStringLiteral("age 50");
    QTest::newRow("age, fractional") << with([](auto &f) {
        f.ageMin = 58.5;
        f.ageMax = 70.25;
    }) << QStringLiteral("age 58.5–70.25");
    QTest::newRow("age from 0") << with([](auto &f) { f.ageMin = 0; }) << QStringLiteral("age ≥ 0");

    QTest::newRow("one site") << with([](auto &f) { f.primarySites = strings({"colon"}); })
                              << QStringLiteral("colon");
    QTest::newRow("three sites") << with([](auto &f) {
        f.primarySites = strings({"small_bowel", "appendix", "colon"});
    }) << QStringLiteral("small_bowel, appendix or colon");
    QTest::newRow("four sites are counted") << with([](auto &f) {
        f.primarySites = strings({"small_bowel", "appendix", "colon", "rectum"});
    }) << QStringLiteral("4 primary sites");
    QTest::newRow("long site cut short")
        << with([](auto &f) { f.primarySites = strings({"a_very_long_primary_site_name_indeed"}); })
        << QStringLiteral("a_very_long_primary_sit…");

    QTest::newRow("follow-up from")
        << with([](auto &f) { f.followUpMin = 12; }) << QStringLiteral("follow-up ≥ 12 months");
    QTest::newRow("follow-up to") << with([](auto &f) { f.followUpMax = 60; })
                                  << QStringLiteral("follow-up ≤ 60 months");
    QTest::newRow("follow-up range") << with([](auto &f) {
        f.followUpMin = 6;
        f.followUpMax = 60;
    }) << QStringLiteral("follow-up 6–60 months");

    // Descriptions go into reports and exports: no identifier in them.
    QTest::newRow("id search names no ID")
        << with([](auto &f) { f.idSearch = QStringLiteral("SYN-017"); })
        << QStringLiteral("selected by patient ID");
    QTest::newRow("--where on the ID column names no ID")
        << with([](auto &f) { f.conditions << where("Patient_ID != SYN-017"); })
        << QStringLiteral("Patient_ID ≠ (an ID)");
    QTest::newRow("long value cut short") << with([](auto &f) {
        WhereCondition c;
        c.column = QStringLiteral("note");
        c.value = QString(100000, u'x');
        f.conditions << c;
    }) << QStringLiteral("note = ") + QString(23, u'x') + QStringLiteral("…");
    QTest::newRow("cut between characters, not inside one") << with([](auto &f) {
        WhereCondition c;
        c.column = QStringLiteral("note");
        c.value = QString(22, u'x') + QStringLiteral("😀😀");
        f.conditions << c;
    }) << QStringLiteral("note = ") + QString(22, u'x') + QStringLiteral("…");
    QTest::newRow("control characters shown") << with([](auto &f) {
        WhereCondition c;
        c.column = QStringLiteral("note");
        c.value = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        f.conditions << c;
    }) << QStringLiteral("note = a\uFFFDb");

    QTest::newRow("--where") << with([](auto &f) { f.conditions << where("ki67>5"); })
                             << QStringLiteral("ki67 > 5");
    QTest::newRow("--where operators") << with([](auto &f) {
        f.conditions << where("age >= 60") << where("arm != medical") << where("ki67 <= 2.50");
    }) << QStringLiteral("age ≥ 60 · arm ≠ medical · ki67 ≤ 2.50");
    QTest::newRow("--where text that looks like a number")
        << with([](auto &f) { f.conditions << where("stage = 007"); })
        << QStringLiteral("stage = 007");
    QTest::newRow("four --where are counted") << with([](auto &f) {
        f.conditions << where("a=1") << where("b=2") << where("c=3") << where("d=4");
    }) << QStringLiteral("4 conditions");
    QTest::newRow("presentation and --where") << with([](auto &f) {
        f.presentation = Presentation::Obstruction;
        f.conditions << where("ki67 > 5");
    }) << QStringLiteral("Obstruction or ischaemia · ki67 > 5");
}

void tst_CohortFilter::description()
{
    QFETCH(CohortFilter, filter);
    QFETCH(QString, expected);
    QCOMPARE(filter.description(QLocale::c()), expected);
}

void tst_CohortFilter::descriptionInGerman_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<QString>("expected");
    // No catalogue is loaded: English words, German numbers.
    QTest::newRow("fractional age")
        << with([](auto &f) { f.ageMin = 58.5; }) << QStringLiteral("age ≥ 58,5");
    QTest::newRow("fractional follow-up range") << with([](auto &f) {
        f.followUpMin = 0.5;
        f.followUpMax = 12.25;
    }) << QStringLiteral("follow-up 0,5–12,25 months");
    QTest::newRow("whole numbers") << with([](auto &f) {
        f.ageMin = 40;
        f.ageMax = 1000;
    }) << QStringLiteral("age 40–1000");
    QTest::newRow("--where number") << with([](auto &f) { f.conditions << where("ki67 > 2.5"); })
                                    << QStringLiteral("ki67 > 2,5");
    QTest::newRow("--where text stays")
        << with([](auto &f) { f.conditions << where("grade = G1.5"); })
        << QStringLiteral("grade = G1.5");
}

void tst_CohortFilter::descriptionInGerman()
{
    QFETCH(CohortFilter, filter);
    QFETCH(QString, expected);
    QCOMPARE(filter.description(QLocale(QLocale::German, QLocale::Germany)), expected);
}

void tst_CohortFilter::isEmpty_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<bool>("empty");
    QTest::newRow("default") << CohortFilter() << true;
    QTest::newRow("presentation") << with([](auto &f) { f.presentation = Presentation::Both; })
                                  << false;
    QTest::newRow("arms") << with([](auto &f) { f.arms = strings({"medical"}); }) << false;
    QTest::newRow("sexes") << with([](auto &f) { f.sexes = strings({"M"}); }) << false;
    QTest::newRow("ageMin") << with([](auto &f) { f.ageMin = 0; }) << false;
    QTest::newRow("ageMax") << with([](auto &f) { f.ageMax = 0; }) << false;
    QTest::newRow("sites") << with([](auto &f) { f.primarySites = strings({"colon"}); }) << false;
    QTest::newRow("id") << with([](auto &f) { f.idSearch = QStringLiteral("1"); }) << false;
    QTest::newRow("followUpMin") << with([](auto &f) { f.followUpMin = 0; }) << false;
    QTest::newRow("followUpMax") << with([](auto &f) { f.followUpMax = 0; }) << false;
    QTest::newRow("conditions") << with([](auto &f) { f.conditions << where("a=1"); }) << false;
}

void tst_CohortFilter::isEmpty()
{
    QFETCH(CohortFilter, filter);
    QFETCH(bool, empty);
    QCOMPARE(filter.isEmpty(), empty);
    QCOMPARE(filter.description(QLocale::c()) == u"All patients", empty);
    QCOMPARE(filter == CohortFilter(), empty);
}

void tst_CohortFilter::presentationKeysRoundTrip_data()
{
    QTest::addColumn<Presentation>("presentation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("any") << Presentation::Any << "any"
                         << "Any presentation";
    QTest::newRow("cs") << Presentation::CarcinoidSyndrome << "cs"
                        << "Carcinoid syndrome";
    QTest::newRow("obstruction") << Presentation::Obstruction << "obstruction"
                                 << "Obstruction or ischaemia";
    QTest::newRow("both") << Presentation::Both << "both"
                          << "Carcinoid syndrome and obstruction";
    QTest::newRow("cs-only") << Presentation::CarcinoidSyndromeOnly << "cs-only"
                             << "Carcinoid syndrome without obstruction";
    QTest::newRow("obstruction-only") << Presentation::ObstructionOnly << "obstruction-only"
                                      << "Obstruction without carcinoid syndrome";
}

void tst_CohortFilter::presentationKeysRoundTrip()
{
    QFETCH(Presentation, presentation);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(CohortFilter::presentationKey(presentation), key);
    QCOMPARE(CohortFilter::parsePresentation(key), presentation);
    QCOMPARE(CohortFilter::parsePresentation(CohortFilter::presentationKey(presentation)),
             presentation);
    QCOMPARE(CohortFilter::presentationName(presentation), name);
    // The name is what a filter with only this presentation says about itself.
    CohortFilter filter;
    filter.presentation = presentation;
    QCOMPARE(filter.description(QLocale::c()),
             presentation == Presentation::Any ? QStringLiteral("All patients") : name);
}

void tst_CohortFilter::presentationKeyParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Presentation>>("expected");
    QTest::newRow("upper case") << "CS-ONLY" << std::optional(Presentation::CarcinoidSyndromeOnly);
    QTest::newRow("spaces around") << "  both " << std::optional(Presentation::Both);
    QTest::newRow("mixed case") << "Obstruction" << std::optional(Presentation::Obstruction);
    QTest::newRow("empty") << "" << std::optional<Presentation>();
    QTest::newRow("underscore") << "cs_only" << std::optional<Presentation>();
    QTest::newRow("name, not key") << "Carcinoid syndrome" << std::optional<Presentation>();
    QTest::newRow("prefix") << "obstr" << std::optional<Presentation>();
    QTest::newRow("hostile") << "'; DROP TABLE patients; --" << std::optional<Presentation>();
}

void tst_CohortFilter::presentationKeyParsing()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Presentation>, expected);
    QCOMPARE(CohortFilter::parsePresentation(text), expected);
}

void tst_CohortFilter::presentationNames()
{
    // Six distinct names, none empty: the window's combo box shows them side by side.
    QSet<QString> names;
    QSet<QString> keys;
    for (auto p : {Presentation::Any,
                   Presentation::CarcinoidSyndrome,
                   Presentation::Obstruction,
                   Presentation::Both,
                   Presentation::CarcinoidSyndromeOnly,
                   Presentation::ObstructionOnly}) {
        QVERIFY(!CohortFilter::presentationName(p).isEmpty());
        names.insert(CohortFilter::presentationName(p));
        keys.insert(CohortFilter::presentationKey(p));
    }
    QCOMPARE(names.size(), 6);
    QCOMPARE(keys.size(), 6);
}

QTEST_GUILESS_MAIN(tst_CohortFilter)
#include "tst_cohortfilter.moc"
