// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

#include <functional>
#include <memory>

using namespace CohortLens;

using Action = std::function<void(FilterPanel &)>;
Q_DECLARE_METATYPE(CohortLens::CohortFilter)
Q_DECLARE_METATYPE(Action)

class tst_FilterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void controlsChangeTheFilter_data();
    void controlsChangeTheFilter();
    void typingIsDebounced();
    void returnAndChecksReportAtOnce();
    void setFilterAndSetChoicesDoNotEmit();
    void setFilterRoundTrips_data();
    void setFilterRoundTrips();
    void fractionalBoundsAreRounded();
    void resetClears();
    void setChoicesKeepsWhatStillExists();
    void pendingChoicesKeepTheFilter();
    void nativeFiltersCanBeDisabled();
    void accessibility();
    void tabOrder();
    void fitsANarrowDock();
    void destroyedWhileEditing();

private:
    template<typename T>
    T *control(const QString &name) const
    {
        auto *w = m_panel->findChild<T *>(name);
        if (!w)
            qWarning("no control %s", qPrintable(name));
        return w;
    }
    void setUpPanel();

    std::unique_ptr<FilterPanel> m_panel;
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

// What a user does: click the box.
void click(FilterPanel &panel, const QString &name)
{
    auto *box = panel.findChild<QAbstractButton *>(name);
    QVERIFY2(box, qPrintable(name));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

// Types into a spin box, replacing what it shows.
void type(FilterPanel &panel, const QString &name, const QString &text)
{
    if (auto *spin = panel.findChild<QSpinBox *>(name)) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        return;
    }
    auto *edit = panel.findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// Clicks the text of a site, not its box.
void clickSite(FilterPanel &panel, const QString &site)
{
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("primarySites"));
    QVERIFY(list);
    const auto items = list->findItems(site, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = list->visualItemRect(items.front());
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(rect.right() - 10, rect.center().y()));
}

} // namespace

void tst_FilterPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<CohortFilter>();
}

void tst_FilterPanel::setUpPanel()
{
    m_panel = std::make_unique<FilterPanel>();
    m_panel->setChoices(strings({"cytoreduction", "medical"}),
                        strings({"appendix", "colon", "small_bowel", "unknown"}),
                        80,
                        156);
    m_panel->resize(260, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_FilterPanel::init()
{
    setUpPanel();
}

void tst_FilterPanel::cleanup()
{
    m_panel.reset();
}

void tst_FilterPanel::controlsChangeTheFilter_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<CohortFilter>("expected");
    QTest::addColumn<bool>("debounced");

    QTest::newRow("presentation") << Action([](FilterPanel &p) {
        auto *combo = p.findChild<QComboBox *>(QStringLiteral("presentation"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // the last entry: obstruction only
    }) << with([](auto &f) { f.presentation = Presentation::ObstructionOnly; })
                                  << false;
    QTest::newRow("presentation, one down") << Action([](FilterPanel &p) {
        auto *combo = p.findChild<QComboBox *>(QStringLiteral("presentation"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
    }) << with([](auto &f) { f.presentation = Presentation::CarcinoidSyndrome; })
                                            << false;
    QTest::newRow("arm") << Action(
        [](FilterPanel &p) { click(p, QStringLiteral("arm:cytoreduction")); })
                         << with([](auto &f) { f.arms = strings({"cytoreduction"}); }) << false;
    QTest::newRow("both arms") << Action([](FilterPanel &p) {
        click(p, QStringLiteral("arm:medical"));
        click(p, QStringLiteral("arm:cytoreduction"));
    }) << with([](auto &f) {
        f.arms = strings({"cytoreduction", "medical"});
    }) << false;
    QTest::newRow("arm on and off again") << Action([](FilterPanel &p) {
        click(p, QStringLiteral("arm:medical"));
        click(p, QStringLiteral("arm:medical"));
    }) << CohortFilter() << false;
    QTest::newRow("men") << Action([](FilterPanel &p) { click(p, QStringLiteral("sexMale")); })
                         << with([](auto &f) { f.sexes = strings({"M"}); }) << false;
    QTest::newRow("women") << Action([](FilterPanel &p) { click(p, QStringLiteral("sexFemale")); })
                           << with([](auto &f) { f.sexes = strings({"F"}); }) << false;
    QTest::newRow("age from") << Action(
        [](FilterPanel &p) { type(p, QStringLiteral("ageMin"), QStringLiteral("40")); })
                              << with([](auto &f) { f.ageMin = 40; }) << true;
    QTest::newRow("age to") << Action(
        [](FilterPanel &p) { type(p, QStringLiteral("ageMax"), QStringLiteral("70")); })
                            << with([](auto &f) { f.ageMax = 70; }) << true;
    QTest::newRow("age from 0 is a bound")
        << Action([](FilterPanel &p) { type(p, QStringLiteral("ageMin"), QStringLiteral("0")); })
        << with([](auto &f) { f.ageMin = 0; }) << true;
    QTest::newRow("age from, arrow up") << Action([](FilterPanel &p) {
        auto *spin = p.findChild<QSpinBox *>(QStringLiteral("ageMin"));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up); // from "any" to 0
        QTest::keyClick(spin, Qt::Key_Up);
    }) << with([](auto &f) { f.ageMin = 1; })
                                        << true;
    QTest::newRow("age from, back to any") << Action([](FilterPanel &p) {
        auto *spin = p.findChild<QSpinBox *>(QStringLiteral("ageMin"));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Down);
    }) << CohortFilter() << true;
    QTest::newRow("site, clicked on its name")
        << Action([](FilterPanel &p) { clickSite(p, QStringLiteral("colon")); })
        << with([](auto &f) { f.primarySites = strings({"colon"}); }) << false;
    QTest::newRow("two sites, in list order") << Action([](FilterPanel &p) {
        clickSite(p, QStringLiteral("small_bowel"));
        clickSite(p, QStringLiteral("appendix"));
    }) << with([](auto &f) {
        f.primarySites = strings({"appendix", "small_bowel"});
    }) << false;
    QTest::newRow("site, on and off") << Action([](FilterPanel &p) {
        clickSite(p, QStringLiteral("unknown"));
        clickSite(p, QStringLiteral("unknown"));
    }) << CohortFilter() << false;
    QTest::newRow("site, space bar") << Action([](FilterPanel &p) {
        auto *list = p.findChild<QListWidget *>(QStringLiteral("primarySites"));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Space);
    }) << with([](auto &f) { f.primarySites = strings({"colon"}); })
                                     << false;
    QTest::newRow("patient ID") << Action([](FilterPanel &p) {
        type(p, QStringLiteral("idSearch"), QStringLiteral("SYN-0"));
    }) << with([](auto &f) { f.idSearch = QStringLiteral("SYN-0"); })
                                << true;
    QTest::newRow("patient ID, spaces trimmed") << Action([](FilterPanel &p) {
        type(p, QStringLiteral("idSearch"), QStringLiteral("  p1 "));
    }) << with([](auto &f) { f.idSearch = QStringLiteral("p1"); })
                                                << true;
    QTest::newRow("patient ID, wildcards as typed") << Action([](FilterPanel &p) {
        type(p, QStringLiteral("idSearch"), QStringLiteral("50%_"));
    }) << with([](auto &f) { f.idSearch = QStringLiteral("50%_"); })
                                                    << true;
    QTest::newRow("follow-up from") << Action(
        [](FilterPanel &p) { type(p, QStringLiteral("followUpMin"), QStringLiteral("12")); })
                                    << with([](auto &f) { f.followUpMin = 12; }) << true;
    QTest::newRow("follow-up to") << Action(
        [](FilterPanel &p) { type(p, QStringLiteral("followUpMax"), QStringLiteral("156")); })
                                  << with([](auto &f) { f.followUpMax = 156; }) << true;
}

void tst_FilterPanel::controlsChangeTheFilter()
{
    QFETCH(Action, action);
    QFETCH(CohortFilter, expected);
    QFETCH(bool, debounced);

    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    action(*m_panel);
    QCOMPARE(m_panel->filter(), expected);
    if (debounced) {
        // Nothing while the user may still be typing; then one report of the result.
        QCOMPARE(spy.count(), 0);
        if (expected != CohortFilter())
            QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(FilterPanel::debounceInterval * 2);
    }
    if (expected == CohortFilter()) {
        // Back where it started: whatever was reported in between, the last word is "all".
        if (!spy.isEmpty())
            QCOMPARE(spy.last().at(0).value<CohortFilter>(), expected);
        return;
    }
    QVERIFY(!spy.isEmpty());
    if (debounced)
        QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).value<CohortFilter>(), expected);
}

void tst_FilterPanel::typingIsDebounced()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    auto *edit = control<QLineEdit>(QStringLiteral("idSearch"));
    edit->setFocus();
    for (const QChar c : QStringLiteral("SYN-00")) {
        QTest::keyClick(edit, c.toLatin1());
        QTest::qWait(FilterPanel::debounceInterval / 4);
    }
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<CohortFilter>().idSearch, QStringLiteral("SYN-00"));

    // A spin box too: "45" is one change, not "4" then "45".
    auto *spin = control<QSpinBox>(QStringLiteral("ageMin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    QCOMPARE(spy.count(), 1);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<CohortFilter>().ageMin, std::optional<double>(45));
    QTest::qWait(FilterPanel::debounceInterval * 2);
    QCOMPARE(spy.count(), 2);

    // Clearing with the clear button (setting the text empty) is reported as well.
    edit->clear();
    QTRY_COMPARE(spy.count(), 3);
    QVERIFY(spy.at(2).at(0).value<CohortFilter>().idSearch.isEmpty());
}

void tst_FilterPanel::returnAndChecksReportAtOnce()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    auto *edit = control<QLineEdit>(QStringLiteral("idSearch"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("P1"));
    QCOMPARE(spy.count(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<CohortFilter>().idSearch, QStringLiteral("P1"));
    // The pause runs out without a second, identical report.
    QTest::qWait(FilterPanel::debounceInterval * 2);
    QCOMPARE(spy.count(), 1);

    // A tick while typing is pending reports both at once.
    QTest::keyClicks(edit, QStringLiteral("2"));
    click(*m_panel, QStringLiteral("sexFemale"));
    QCOMPARE(spy.count(), 2);
    const auto f = spy.at(1).at(0).value<CohortFilter>();
    QCOMPARE(f.idSearch, QStringLiteral("P12"));
    QCOMPARE(f.sexes, strings({"F"}));
    QTest::qWait(FilterPanel::debounceInterval * 2);
    QCOMPARE(spy.count(), 2);
}

void tst_FilterPanel::setFilterAndSetChoicesDoNotEmit()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    const CohortFilter filter = with([](auto &f) {
        f.presentation = Presentation::Both;
        f.arms = strings({"medical"});
        f.sexes = strings({"M", "F"});
        f.ageMin = 40;
        f.ageMax = 70;
        f.primarySites = strings({"colon"});
        f.idSearch = QStringLiteral("SYN");
        f.followUpMin = 12;
        f.followUpMax = 60;
    });
    m_panel->setFilter(filter);
    m_panel->setChoices(strings({"medical", "cytoreduction"}),
                        strings({"colon", "rectum"}),
                        90,
                        200);
    QTest::qWait(FilterPanel::debounceInterval * 2);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_panel->filter(), filter);

    // The next user change reports the whole filter.
    click(*m_panel, QStringLiteral("arm:cytoreduction"));
    QCOMPARE(spy.count(), 1);
    CohortFilter expected = filter;
    expected.arms = strings({"medical", "cytoreduction"}); // in the order of the choices
    QCOMPARE(spy.at(0).at(0).value<CohortFilter>(), expected);
}

void tst_FilterPanel::setFilterRoundTrips_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<CohortFilter>("expected");

    const auto same = [](const CohortFilter &f) { return std::make_pair(f, f); };
    auto row = [](const char *name, const std::pair<CohortFilter, CohortFilter> &pair) {
        QTest::newRow(name) << pair.first << pair.second;
    };
    row("empty", same(CohortFilter()));
    row("presentation", same(with([](auto &f) { f.presentation = Presentation::ObstructionOnly; })));
    row("arms", same(with([](auto &f) { f.arms = strings({"cytoreduction", "medical"}); })));
    row("sexes", same(with([](auto &f) { f.sexes = strings({"M", "F"}); })));
    row("age", same(with([](auto &f) {
            f.ageMin = 0;
            f.ageMax = 80;
        })));
    row("sites", same(with([](auto &f) { f.primarySites = strings({"colon", "unknown"}); })));
    row("id", same(with([](auto &f) { f.idSearch = QStringLiteral("50%"); })));
    row("follow-up", same(with([](auto &f) {
            f.followUpMin = 6;
            f.followUpMax = 156;
        })));
    row("--where conditions are kept", same(with([](auto &f) {
            f.presentation = Presentation::CarcinoidSyndrome;
            f.conditions << WhereCondition{QStringLiteral("ki67"),
                                           WhereCondition::Op::Greater,
                                           QStringLiteral("5")};
        })));
    row("an arm not among the choices", same(with([](auto &f) {
            f.arms = strings({"medical", "surgery"});
        })));
    row("a site not among the choices", same(with([](auto &f) {
            f.primarySites = strings({"colon", "pancreas"});
        })));
    QTest::newRow("arms and sexes normalised") << with([](auto &f) {
        f.arms = strings({"MEDICAL"});
        f.sexes = strings({"female", "Male"});
    }) << with([](auto &f) {
        f.arms = strings({"medical"});
        f.sexes = strings({"M", "F"});
    });
    QTest::newRow("order of the panel") << with([](auto &f) {
        f.primarySites = strings({"unknown", "appendix"});
    }) << with([](auto &f) {
        f.primarySites = strings({"appendix", "unknown"});
    });
    QTest::newRow("bound above the choices' maximum")
        << with([](auto &f) { f.ageMin = 100; }) << with([](auto &f) { f.ageMin = 100; });
}

void tst_FilterPanel::setFilterRoundTrips()
{
    QFETCH(CohortFilter, filter);
    QFETCH(CohortFilter, expected);
    m_panel->setFilter(filter);
    QCOMPARE(m_panel->filter(), expected);
    // And the panel shows it.
    QCOMPARE(control<QComboBox>(QStringLiteral("presentation"))->currentData().toInt(),
             int(expected.presentation));
    QCOMPARE(control<QLineEdit>(QStringLiteral("idSearch"))->text(), expected.idSearch);
}

void tst_FilterPanel::fractionalBoundsAreRounded()
{
    CohortFilter f;
    f.ageMin = 58.5;
    f.followUpMax = 30.4;
    m_panel->setFilter(f);
    QCOMPARE(m_panel->filter().ageMin, std::optional<double>(59));
    QCOMPARE(m_panel->filter().followUpMax, std::optional<double>(30));
}

void tst_FilterPanel::resetClears()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    // Nothing to reset: nothing to report.
    click(*m_panel, QStringLiteral("reset"));
    QCOMPARE(spy.count(), 0);

    m_panel->setFilter(with([](auto &f) {
        f.presentation = Presentation::Both;
        f.arms = strings({"medical"});
        f.sexes = strings({"F"});
        f.ageMin = 40;
        f.primarySites = strings({"colon", "appendix"});
        f.idSearch = QStringLiteral("SYN");
        f.followUpMax = 60;
        f.conditions << WhereCondition{QStringLiteral("ki67"),
                                       WhereCondition::Op::Greater,
                                       QStringLiteral("5")};
    }));
    QCOMPARE(spy.count(), 0);
    click(*m_panel, QStringLiteral("reset"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<CohortFilter>().isEmpty());
    QVERIFY(m_panel->filter().isEmpty());
    QCOMPARE(control<QComboBox>(QStringLiteral("presentation"))->currentIndex(), 0);
    QCOMPARE(control<QSpinBox>(QStringLiteral("ageMin"))->text(), QStringLiteral("any"));
    QVERIFY(control<QLineEdit>(QStringLiteral("idSearch"))->text().isEmpty());

    // A pending, typed change is dropped by a reset, not reported afterwards.
    type(*m_panel, QStringLiteral("idSearch"), QStringLiteral("P"));
    m_panel->reset();
    QTest::qWait(FilterPanel::debounceInterval * 2);
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_panel->filter().isEmpty());
}

void tst_FilterPanel::setChoicesKeepsWhatStillExists()
{
    m_panel->setFilter(with([](auto &f) {
        f.arms = strings({"cytoreduction"});
        f.primarySites = strings({"colon", "appendix"});
        f.ageMax = 70;
    }));
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    m_panel->setChoices(strings({"medical", "cytoreduction"}),
                        strings({"appendix", "rectum"}),
                        60,
                        24);
    QCOMPARE(spy.count(), 0);
    const CohortFilter f = m_panel->filter();
    QCOMPARE(f.arms, strings({"cytoreduction"}));
    QCOMPARE(f.primarySites, strings({"appendix"}));
    QCOMPARE(f.ageMax, std::optional<double>(70)); // a bound is kept, even past the oldest
    QCOMPARE(m_panel->findChildren<QCheckBox *>(QStringLiteral("arm:medical")).size(), 1);
    QCOMPARE(control<QListWidget>(QStringLiteral("primarySites"))->count(), 2);

    // An empty registry: no arms, no sites, the format's limits.
    m_panel->setChoices({}, {}, 0, 0);
    QTest::qWait(1); // let the old check boxes go
    QVERIFY(m_panel->findChildren<QCheckBox *>(QStringLiteral("arm:cytoreduction")).isEmpty());
    QCOMPARE(control<QSpinBox>(QStringLiteral("ageMax"))->maximum(), 120);
    QVERIFY(m_panel->filter().arms.isEmpty());
}

// While the next registry's lists are read (off the GUI thread), the dock says so, and the
// arms and sites chosen stay in the filter until the lists show whether they still exist.
void tst_FilterPanel::pendingChoicesKeepTheFilter()
{
    m_panel->setChoices(strings({"medical", "cytoreduction"}), strings({"colon", "rectum"}), 90, 60);
    m_panel->setFilter(with([](auto &f) {
        f.arms = strings({"medical"});
        f.primarySites = strings({"colon", "rectum"});
    }));
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    m_panel->setChoicesPending();
    QVERIFY(m_panel->choicesPending());
    QTest::qWait(1); // let the old check boxes go
    QVERIFY(m_panel->findChildren<QCheckBox *>(QStringLiteral("arm:medical")).isEmpty());
    const auto labels = m_panel->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->isVisibleTo(l->window()) && l->text() == FilterPanel::tr("Reading the registry…");
    }));
    QCOMPARE(m_panel->filter().arms, strings({"medical"}));
    QCOMPARE(m_panel->filter().primarySites, strings({"colon", "rectum"}));

    // A control changed meanwhile counts, with the arms and sites still chosen.
    auto *combo = control<QComboBox>(QStringLiteral("presentation"));
    combo->setCurrentIndex(combo->findData(int(Presentation::CarcinoidSyndrome)));
    QTRY_COMPARE(spy.count(), 1);
    CohortFilter reported = spy.last().at(0).value<CohortFilter>();
    QCOMPARE(reported.presentation, Presentation::CarcinoidSyndrome);
    QCOMPARE(reported.arms, strings({"medical"}));

    // The new registry has the arm but only one of the sites.
    m_panel->setChoices(strings({"medical", "cytoreduction"}), strings({"rectum"}), 90, 60);
    QVERIFY(!m_panel->choicesPending());
    QCOMPARE(m_panel->filter().arms, strings({"medical"}));
    QCOMPARE(m_panel->filter().primarySites, strings({"rectum"}));
    QCOMPARE(m_panel->filter().presentation, Presentation::CarcinoidSyndrome);
    QCOMPARE(m_panel->findChildren<QCheckBox *>(QStringLiteral("arm:medical")).size(), 1);
}

void tst_FilterPanel::nativeFiltersCanBeDisabled()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    const CohortFilter filter = with([](auto &f) {
        f.presentation = Presentation::CarcinoidSyndrome;
        f.sexes = strings({"M"});
        f.conditions << WhereCondition{QStringLiteral("time"),
                                       WhereCondition::Op::Greater,
                                       QStringLiteral("5")};
    });
    m_panel->setFilter(filter);
    m_panel->setNativeFiltersEnabled(false);
    QVERIFY(!m_panel->nativeFiltersEnabled());
    QCOMPARE(m_panel->filter().conditions, filter.conditions);
    QCOMPARE(m_panel->filter().presentation, Presentation::Any);
    QVERIFY(m_panel->filter().sexes.isEmpty());
    for (const char *name : {"presentation",
                             "sexMale",
                             "ageMin",
                             "primarySites",
                             "idSearch",
                             "followUpMax",
                             "arm:medical"})
        QVERIFY2(!control<QWidget>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(control<QWidget>(QStringLiteral("reset"))->isEnabled());
    QVERIFY(control<QLabel>(QStringLiteral("nativeNote"))->isVisible());

    // Nothing stays ticked behind the grey.
    QVERIFY(!control<QCheckBox>(QStringLiteral("sexMale"))->isChecked());
    QCOMPARE(control<QComboBox>(QStringLiteral("presentation"))->currentIndex(), 0);

    m_panel->setNativeFiltersEnabled(true);
    QCOMPARE(m_panel->filter().conditions, filter.conditions);
    QCOMPARE(m_panel->filter().presentation, Presentation::Any);
    QVERIFY(control<QWidget>(QStringLiteral("arm:medical"))->isEnabled());
    QVERIFY(!control<QLabel>(QStringLiteral("nativeNote"))->isVisible());
    QCOMPARE(spy.count(), 0);
}

void tst_FilterPanel::accessibility()
{
    const auto widgets = m_panel->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) || !w->isVisible()
            || w->objectName().startsWith(u"qt_"))
            continue;
        if (w->parentWidget() && w->parentWidget()->focusProxy() == w
            && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own line edit
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QCOMPARE(controls, 12); // combo, 2 arms, 2 sexes, 4 spins, list, line edit, reset

    // Every heading is a label for its control, with a mnemonic, and no two share a letter.
    QSet<QChar> letters;
    int headings = 0;
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        const QString text = label->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0)
            continue;
        ++headings;
        QVERIFY2(label->buddy(), qPrintable(text));
        const QChar letter = text.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(text));
        letters.insert(letter);
    }
    QCOMPARE(headings, 7);
    const QString reset = control<QPushButton>(QStringLiteral("reset"))->text();
    QVERIFY(!letters.contains(reset.at(reset.indexOf(u'&') + 1).toLower()));
    // The window's menus and tabs take these.
    for (const QChar taken : {u'f', u'v', u'c', u'p'})
        QVERIFY2(!letters.contains(taken), qPrintable(QString(taken)));

    // "from"/"to" label their spin boxes.
    int rangeLabels = 0;
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->text() == u"from" || label->text() == u"to") {
            ++rangeLabels;
            QVERIFY(qobject_cast<QSpinBox *>(label->buddy()));
        }
    }
    QCOMPARE(rangeLabels, 4);

    // A heading's mnemonic lands on its control.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->text() == u"Primary &site") {
            QTest::keyClick(m_panel.get(), Qt::Key_S, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), control<QWidget>(QStringLiteral("primarySites")));
        }
    }
}

void tst_FilterPanel::tabOrder()
{
    QStringList order;
    QWidget *w = control<QWidget>(QStringLiteral("presentation"));
    const QWidget *first = w;
    do {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"))
            order << w->objectName();
        w = w->nextInFocusChain();
    } while (w != first && order.size() < 40);
    const QStringList expected = strings({"presentation",
                                          "arm:cytoreduction",
                                          "arm:medical",
                                          "sexMale",
                                          "sexFemale",
                                          "ageMin",
                                          "ageMax",
                                          "primarySites",
                                          "idSearch",
                                          "followUpMin",
                                          "followUpMax",
                                          "reset"});
    // Other widgets (containers, labels) may sit in the chain; the controls come in order.
    QStringList controls;
    for (const QString &name : std::as_const(order)) {
        if (expected.contains(name) && !controls.contains(name))
            controls << name;
    }
    QCOMPARE(controls, expected);
}

// Renders the panel as it sits in the dock and checks that no text is cut. The PNG is kept
// (COHORTLENS_SCREENSHOT_DIR, else the temporary folder) for a person to look at.
void tst_FilterPanel::fitsANarrowDock()
{
    m_panel->setFilter(with([](auto &f) {
        f.presentation = Presentation::ObstructionOnly;
        f.arms = strings({"cytoreduction"});
        f.sexes = strings({"F"});
        f.ageMin = 40;
        f.ageMax = 70;
        f.primarySites = strings({"small_bowel", "appendix"});
        f.idSearch = QStringLiteral("SYN-0");
        f.followUpMin = 12;
    }));
    m_panel->resize(260, 760);
    QTest::qWait(10);
    const QString folder = qEnvironmentVariable("COHORTLENS_SCREENSHOT_DIR", QDir::tempPath());
    const QString path = QDir(folder).filePath(QStringLiteral("filterpanel-260x760.png"));
    const QPixmap picture = m_panel->grab();
    QCOMPARE(picture.size(), QSize(260, 760));
    QVERIFY(picture.save(path));
    qInfo("rendered %s", qPrintable(path));

    QVERIFY2(m_panel->minimumSizeHint().width() <= 260,
             qPrintable(QString::number(m_panel->minimumSizeHint().width())));
    QVERIFY2(m_panel->sizeHint().height() <= 760,
             qPrintable(QString::number(m_panel->sizeHint().height())));
    for (QWidget *w : m_panel->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        const bool internal = qobject_cast<QLineEdit *>(w->parentWidget()); // its clear button
        if (!internal && (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w))) {
            const auto *label = qobject_cast<QLabel *>(w);
            if (label && label->wordWrap())
                continue;
            QVERIFY2(w->width() >= w->sizeHint().width(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' '
                                + w->objectName() + u' ' + QString::number(w->width()) + u'<'
                                + QString::number(w->sizeHint().width())));
        }
        QVERIFY2(w->mapTo(m_panel.get(), QPoint(w->width(), 0)).x() <= 260,
                 qPrintable(w->objectName()));
    }
    // Four sites show without scrolling.
    auto *sites = control<QListWidget>(QStringLiteral("primarySites"));
    for (int i = 0; i < sites->count(); ++i)
        QVERIFY2(sites->viewport()->rect().contains(sites->visualItemRect(sites->item(i))),
                 qPrintable(sites->item(i)->text()));

    // The longest presentation name fits its box.
    auto *combo = control<QComboBox>(QStringLiteral("presentation"));
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox,
                                                       &option,
                                                       QStyle::SC_ComboBoxEditField,
                                                       combo);
    for (int i = 0; i < combo->count(); ++i) {
        QVERIFY2(combo->fontMetrics().horizontalAdvance(combo->itemText(i)) <= field.width(),
                 qPrintable(combo->itemText(i) + u' ' + QString::number(field.width())));
        // The full name is a hover away, and what a screen reader says.
        const auto p = Presentation(combo->itemData(i).toInt());
        QCOMPARE(combo->itemData(i, Qt::ToolTipRole).toString(), CohortFilter::presentationName(p));
        QCOMPARE(combo->itemData(i, Qt::AccessibleTextRole).toString(),
                 CohortFilter::presentationName(p));
    }
    QCOMPARE(combo->toolTip(), CohortFilter::presentationName(Presentation::ObstructionOnly));

    m_panel->setNativeFiltersEnabled(false);
    QTest::qWait(10);
    QVERIFY(m_panel->grab().save(
        QDir(folder).filePath(QStringLiteral("filterpanel-260x760-generic.png"))));
}

// Closing the window on destruction moves the focus out of a spin box, which then reports
// editingFinished: the panel must not handle it half-destroyed.
void tst_FilterPanel::destroyedWhileEditing()
{
    QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    click(*m_panel, QStringLiteral("arm:medical"));
    auto *spin = control<QSpinBox>(QStringLiteral("ageMin"));
    spin->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), spin);
    QTest::keyClicks(spin, QStringLiteral("4"));
    m_panel.reset();
    QCOMPARE(spy.count(), 1); // the arm; the typing went with the panel
}

QTEST_MAIN(tst_FilterPanel)
#include "tst_filterpanel.moc"
