// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "values.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace CohortLens {

namespace {

constexpr int defaultMaxAge = 120;            // the registry format's limit
constexpr int defaultMaxFollowUp = 1200;      // months: a century
constexpr int visibleSiteRows = 8;            // more scroll
constexpr auto valueProperty = "filterValue"; // the value an arm check box stands for

// The whole number a spin box shows for a bound, or its "any" minimum.
int spinValue(std::optional<double> bound, int any)
{
    if (!bound || !std::isfinite(*bound))
        return any;
    return int(std::lround(std::max(*bound, 0.0)));
}

std::optional<double> boundOf(const QSpinBox *spin)
{
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return double(spin->value());
}

int maximumFor(double largest, int fallback)
{
    return std::isfinite(largest) && largest > 0 ? int(std::ceil(std::min(largest, 1e6)))
                                                 : fallback;
}

QString normalisedArm(const QString &text)
{
    const auto arm = Values::parseArm(text);
    return arm ? Values::armText(*arm) : text;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
{
    createControls();
    createLayout();
    retranslateUi();
    updateTabOrder();
    m_reported = filter();
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Every text of the panel, set again when the language changes.
void FilterPanel::retranslateUi()
{
    m_presentation->setAccessibleName(tr("Presentation"));
    m_presentation->setAccessibleDescription(
        tr("Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia"));
    // The full names ("Obstruction without carcinoid syndrome") do not fit a narrow dock,
    // so the box uses the short forms of SPEC §6; the full name is the tooltip and what a
    // screen reader says.
    const std::array<QString, 6> presentations{
        tr("Any presentation"),
        tr("Carcinoid syndrome"),
        tr("Obstruction or ischaemia"),
        tr("CS and obstruction"),
        tr("CS without obstruction"),
        tr("Obstruction without CS"),
    };
    for (int index = 0; index < m_presentation->count(); ++index) {
        const auto presentation = Presentation(m_presentation->itemData(index).toInt());
        const QString name = CohortFilter::presentationName(presentation);
        m_presentation->setItemText(index, presentations.at(std::size_t(presentation)));
        m_presentation->setItemData(index, name, Qt::ToolTipRole);
        m_presentation->setItemData(index, name, Qt::AccessibleTextRole);
    }
    m_presentation->setToolTip(m_presentation->currentData(Qt::ToolTipRole).toString());

    m_noArms->setText(m_choicesPending ? tr("Reading the registry…") : tr("No arms recorded"));
    for (QCheckBox *box : std::as_const(m_arms))
        describeArm(box);
    m_men->setText(tr("Men"));
    m_men->setAccessibleName(tr("Men"));
    m_women->setText(tr("Women"));
    m_women->setAccessibleName(tr("Women"));

    for (QSpinBox *spin : {m_ageMin, m_ageMax, m_followUpMin, m_followUpMax})
        spin->setSpecialValueText(tr("any"));
    m_ageMin->setAccessibleName(tr("Age from, years"));
    m_ageMax->setAccessibleName(tr("Age to, years"));
    m_followUpMin->setAccessibleName(tr("Follow-up from, months"));
    m_followUpMax->setAccessibleName(tr("Follow-up to, months"));
    for (QSpinBox *spin : {m_ageMin, m_followUpMin})
        spin->setAccessibleDescription(tr("Lowest value included; \"any\" for no lower limit"));
    for (QSpinBox *spin : {m_ageMax, m_followUpMax})
        spin->setAccessibleDescription(tr("Highest value included; \"any\" for no upper limit"));
    for (QLabel *label : std::as_const(m_fromLabels))
        label->setText(tr("from"));
    for (QLabel *label : std::as_const(m_toLabels))
        label->setText(tr("to"));

    m_sites->setAccessibleName(tr("Primary sites"));
    m_sites->setAccessibleDescription(tr("Tick the sites to include; none ticked: every site"));
    m_idSearch->setAccessibleName(tr("Patient ID search"));
    m_idSearch->setAccessibleDescription(tr("Shows the patients whose ID contains this text, "
                                            "in any case"));
    m_idSearch->setPlaceholderText(tr("Part of an ID"));
    m_reset->setText(tr("&Reset Filters"));
    m_reset->setAccessibleName(tr("Reset filters"));
    m_reset->setToolTip(tr("Show all patients again"));
    m_nativeNote->setText(tr("This registry is not in the native format, so these filters "
                             "do not apply to it."));
    m_hint->setText(tr("A patient must match every filter. Nothing ticked in a list "
                       "means any."));

    // Mnemonics avoid the window's menus and tabs (File, Edit, View, Chart, Help,
    // Comparison, Patients).
    const std::array<QString, 7> headings{
        tr("Presen&tation"),
        tr("&Arm"),
        tr("Se&x"),
        tr("A&ge (years)"),
        tr("Primary &site"),
        tr("Patient &ID"),
        tr("Follow-&up (months)"),
    };
    for (qsizetype i = 0; i < m_headings.size() && i < qsizetype(headings.size()); ++i)
        m_headings.at(i)->setText(headings.at(std::size_t(i)));
}

FilterPanel::~FilterPanel()
{
    // ~QWidget closes the window and moves the focus; a spin box losing it reports
    // editingFinished. Nothing may reach this panel once its own members are gone.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        object->disconnect(this);
}

void FilterPanel::createControls()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceInterval);
    connect(m_debounce, &QTimer::timeout, this, &FilterPanel::reportIfChanged);

    m_presentation = new QComboBox(this);
    m_presentation->setObjectName(QStringLiteral("presentation"));
    for (const Presentation presentation : {Presentation::Any,
                                            Presentation::CarcinoidSyndrome,
                                            Presentation::Obstruction,
                                            Presentation::Both,
                                            Presentation::CarcinoidSyndromeOnly,
                                            Presentation::ObstructionOnly})
        m_presentation->addItem(QString(), int(presentation)); // texts: retranslateUi()
    m_presentation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presentation->setMinimumContentsLength(12);
    auto showName = [this] {
        m_presentation->setToolTip(m_presentation->currentData(Qt::ToolTipRole).toString());
    };
    connect(m_presentation, &QComboBox::currentIndexChanged, this, [this, showName] {
        showName();
        changedNow();
    });
    showName();

    m_armBox = new QWidget(this);
    m_armBox->setObjectName(QStringLiteral("arms"));
    m_armLayout = new QVBoxLayout(m_armBox);
    m_armLayout->setContentsMargins(0, 0, 0, 0);
    m_armLayout->setSpacing(2);
    m_noArms = new QLabel(m_armBox);
    m_noArms->setEnabled(false);
    m_armLayout->addWidget(m_noArms);

    m_sexBox = new QWidget(this);
    m_men = new QCheckBox(m_sexBox);
    m_men->setObjectName(QStringLiteral("sexMale"));
    m_men->setProperty(valueProperty, Values::sexText(Sex::Male));
    m_women = new QCheckBox(m_sexBox);
    m_women->setObjectName(QStringLiteral("sexFemale"));
    m_women->setProperty(valueProperty, Values::sexText(Sex::Female));
    m_sexBox->setFocusProxy(m_men);
    for (QCheckBox *box : {m_men, m_women})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::changedNow);

    auto boundSpin = [this](const char *objectName, int maximum) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(objectName));
        spin->setRange(-1, maximum);
        spin->setValue(-1);
        spin->setAccelerated(true);
        spin->setAlignment(Qt::AlignRight);
        connect(spin, &QSpinBox::valueChanged, this, &FilterPanel::changedSoon);
        connect(spin, &QSpinBox::editingFinished, this, &FilterPanel::changedNow);
        return spin;
    };
    m_ageMin = boundSpin("ageMin", defaultMaxAge);
    m_ageMax = boundSpin("ageMax", defaultMaxAge);
    m_followUpMin = boundSpin("followUpMin", defaultMaxFollowUp);
    m_followUpMax = boundSpin("followUpMax", defaultMaxFollowUp);

    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("primarySites"));
    m_sites->setSelectionMode(QAbstractItemView::NoSelection);
    m_sites->setUniformItemSizes(true);
    m_sites->setTextElideMode(Qt::ElideMiddle);
    m_sites->setSpacing(2); // room between the tick boxes
    connect(m_sites, &QListWidget::itemChanged, this, &FilterPanel::changedNow);
    // A click anywhere on a row ticks it, not only on the box.
    connect(m_sites, &QListWidget::itemPressed, this, [this](QListWidgetItem *item) {
        m_pressedSiteState = item->checkState();
    });
    connect(m_sites, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == m_pressedSiteState)
            item->setCheckState(m_pressedSiteState == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_idSearch = new QLineEdit(this);
    m_idSearch->setObjectName(QStringLiteral("idSearch"));
    m_idSearch->setClearButtonEnabled(true);
    connect(m_idSearch, &QLineEdit::textChanged, this, &FilterPanel::changedSoon);
    connect(m_idSearch, &QLineEdit::returnPressed, this, &FilterPanel::changedNow);

    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("reset"));
    connect(m_reset, &QPushButton::clicked, this, &FilterPanel::reset);

    m_nativeNote = new QLabel(this);
    m_nativeNote->setObjectName(QStringLiteral("nativeNote"));
    m_nativeNote->setWordWrap(true);
    m_nativeNote->setVisible(false);
}

void FilterPanel::createLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_nativeNote);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // a quiet grey
    layout->addWidget(m_hint);
    layout->addSpacing(4);

    // A heading above each filter: the dock is too narrow for labels beside the fields.
    auto section = [this, layout](QWidget *field) {
        layout->addSpacing(6);
        auto *label = new QLabel(this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        m_headings << label;
    };

    // "from [ ] to [ ]" on one line.
    auto range = [this](QSpinBox *from, QSpinBox *to) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *fromLabel = new QLabel(box);
        fromLabel->setBuddy(from);
        auto *toLabel = new QLabel(box);
        toLabel->setBuddy(to);
        m_fromLabels << fromLabel;
        m_toLabels << toLabel;
        row->addWidget(fromLabel);
        row->addWidget(from, 1);
        row->addSpacing(4);
        row->addWidget(toLabel);
        row->addWidget(to, 1);
        box->setFocusProxy(from);
        return box;
    };
    m_ageBox = range(m_ageMin, m_ageMax);
    m_followUpBox = range(m_followUpMin, m_followUpMax);

    auto *sexRow = new QHBoxLayout(m_sexBox);
    sexRow->setContentsMargins(0, 0, 0, 0);
    sexRow->addWidget(m_men);
    sexRow->addWidget(m_women);
    sexRow->addStretch(1);

    // In the order of retranslateUi()'s headings.
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_presentation, m_armBox, m_sexBox, m_ageBox, m_sites, m_idSearch, m_followUpBox})
        section(field);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addStretch(1);
    updateSiteListHeight();
}

void FilterPanel::updateTabOrder()
{
    QList<QWidget *> order{m_presentation};
    for (QCheckBox *box : std::as_const(m_arms))
        order << box;
    order << m_men << m_women << m_ageMin << m_ageMax << m_sites << m_idSearch << m_followUpMin
          << m_followUpMax << m_reset;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_armBox->setFocusProxy(m_arms.isEmpty() ? nullptr : m_arms.front());
}

QCheckBox *FilterPanel::addArm(const QString &arm)
{
    auto *box = new QCheckBox(m_armBox);
    box->setObjectName(QStringLiteral("arm:") + arm);
    box->setToolTip(arm);
    box->setProperty(valueProperty, arm);
    describeArm(box);
    connect(box, &QCheckBox::toggled, this, &FilterPanel::changedNow);
    m_armLayout->addWidget(box);
    m_arms << box;
    m_noArms->setVisible(false);
    return box;
}

void FilterPanel::setArmChoices(const QStringList &arms)
{
    for (QCheckBox *box : std::as_const(m_arms)) {
        m_armLayout->removeWidget(box);
        box->setParent(nullptr);
        box->deleteLater();
    }
    m_arms.clear();
    QStringList seen;
    for (const QString &arm : arms) {
        const QString value = normalisedArm(arm);
        if (value.isEmpty() || seen.contains(value))
            continue;
        seen << value;
        addArm(value);
    }
    m_noArms->setVisible(m_arms.isEmpty());
}

// The arms of the native format by their names in the user's language; others as written.
void FilterPanel::describeArm(QCheckBox *box) const
{
    const QString arm = box->property(valueProperty).toString();
    QString text = arm;
    text.replace(u'&', QStringLiteral("&&"));
    QString accessible = arm;
    if (const auto known = Values::parseArm(arm)) {
        text = *known == Arm::Cytoreduction ? tr("Cytoreduction") : tr("Medical therapy");
        accessible = *known == Arm::Cytoreduction ? tr("Cytoreduction arm")
                                                  : tr("Medical therapy arm");
    }
    box->setText(text);
    box->setAccessibleName(accessible);
}

QListWidgetItem *FilterPanel::addSite(const QString &site)
{
    auto *item = new QListWidgetItem(site, m_sites);
    item->setData(Qt::UserRole, site);
    item->setToolTip(site);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

void FilterPanel::updateSiteListHeight()
{
    const int rows = std::clamp(m_sites->count(), 1, visibleSiteRows);
    const int rowHeight = m_sites->count() > 0 ? m_sites->sizeHintForRow(0)
                                               : m_sites->fontMetrics().height() + 4;
    // QListView puts the spacing on every side of every item.
    const int spacing = m_sites->spacing();
    m_sites->setFixedHeight(rows * (rowHeight + 2 * spacing) + 2 * m_sites->frameWidth());
}

void FilterPanel::setChoices(const QStringList &arms,
                             const QStringList &sites,
                             double maxAge,
                             double maxFollowUp)
{
    const CohortFilter current = m_nativeEnabled ? filter() : controlsFilter();
    m_updating = true;
    m_debounce->stop();
    m_choicesPending = false;
    retranslateUi();
    setArmChoices(arms);
    m_sites->clear();
    QStringList seen;
    for (const QString &site : sites) {
        if (site.isEmpty() || seen.contains(site))
            continue;
        seen << site;
        addSite(site);
    }
    updateSiteListHeight();
    for (QSpinBox *spin : {m_ageMin, m_ageMax})
        spin->setMaximum(maximumFor(maxAge, defaultMaxAge));
    for (QSpinBox *spin : {m_followUpMin, m_followUpMax})
        spin->setMaximum(maximumFor(maxFollowUp, defaultMaxFollowUp));
    m_updating = false;
    showFilter(current, false);
    updateTabOrder();
    m_reported = filter();
}

CohortFilter FilterPanel::controlsFilter() const
{
    CohortFilter f;
    f.conditions = m_conditions;
    f.presentation = Presentation(m_presentation->currentData().toInt());
    for (const QCheckBox *box : m_arms) {
        if (box->isChecked())
            f.arms << box->property(valueProperty).toString();
    }
    for (const QCheckBox *box : {m_men, m_women}) {
        if (box->isChecked())
            f.sexes << box->property(valueProperty).toString();
    }
    f.ageMin = boundOf(m_ageMin);
    f.ageMax = boundOf(m_ageMax);
    for (int i = 0; i < m_sites->count(); ++i) {
        const QListWidgetItem *item = m_sites->item(i);
        if (item->checkState() == Qt::Checked)
            f.primarySites << item->data(Qt::UserRole).toString();
    }
    f.idSearch = m_idSearch->text().trimmed();
    f.followUpMin = boundOf(m_followUpMin);
    f.followUpMax = boundOf(m_followUpMax);
    return f;
}

CohortFilter FilterPanel::filter() const
{
    if (m_nativeEnabled && m_choicesPending) {
        // The arms and sites chosen stay chosen until the new registry's lists are shown.
        CohortFilter f = controlsFilter();
        f.arms = m_pendingFilter.arms;
        f.primarySites = m_pendingFilter.primarySites;
        return f;
    }
    if (m_nativeEnabled)
        return controlsFilter();
    CohortFilter f;
    f.conditions = m_conditions;
    return f;
}

void FilterPanel::showFilter(const CohortFilter &filter, bool addMissing)
{
    m_updating = true;
    const int presentation = m_presentation->findData(int(filter.presentation));
    m_presentation->setCurrentIndex(std::max(presentation, 0));

    QStringList arms;
    for (const QString &arm : filter.arms)
        arms << normalisedArm(arm);
    for (QCheckBox *box : std::as_const(m_arms))
        box->setChecked(arms.contains(box->property(valueProperty).toString()));
    if (addMissing) {
        bool added = false;
        for (const QString &arm : std::as_const(arms)) {
            const bool present = std::any_of(m_arms.cbegin(), m_arms.cend(), [&](auto *box) {
                return box->property(valueProperty).toString() == arm;
            });
            if (!present && !arm.isEmpty()) {
                addArm(arm)->setChecked(true);
                added = true;
            }
        }
        if (added)
            updateTabOrder();
    }

    bool men = false;
    bool women = false;
    for (const QString &text : filter.sexes) {
        if (const auto sex = Values::parseSex(text))
            (*sex == Sex::Male ? men : women) = true;
    }
    m_men->setChecked(men);
    m_women->setChecked(women);

    auto setBound = [](QSpinBox *spin, std::optional<double> bound) {
        const int value = spinValue(bound, spin->minimum());
        if (value > spin->maximum())
            spin->setMaximum(value);
        spin->setValue(value);
    };
    setBound(m_ageMin, filter.ageMin);
    setBound(m_ageMax, filter.ageMax);
    setBound(m_followUpMin, filter.followUpMin);
    setBound(m_followUpMax, filter.followUpMax);

    for (int i = 0; i < m_sites->count(); ++i) {
        QListWidgetItem *item = m_sites->item(i);
        const bool checked = filter.primarySites.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    if (addMissing) {
        for (const QString &site : filter.primarySites) {
            if (!site.isEmpty() && m_sites->findItems(site, Qt::MatchExactly).isEmpty())
                addSite(site)->setCheckState(Qt::Checked);
        }
        updateSiteListHeight();
    }

    if (m_idSearch->text() != filter.idSearch)
        m_idSearch->setText(filter.idSearch);
    m_updating = false;
}

void FilterPanel::setFilter(const CohortFilter &filter)
{
    m_debounce->stop();
    m_conditions = filter.conditions;
    showFilter(filter, true);
    m_reported = this->filter();
}

void FilterPanel::reset()
{
    m_debounce->stop();
    m_conditions.clear();
    showFilter(CohortFilter(), false);
    reportIfChanged();
}

void FilterPanel::setChoicesPending()
{
    if (!m_choicesPending)
        m_pendingFilter = filter();
    m_choicesPending = true;
    retranslateUi();
    setArmChoices({});
    m_sites->clear();
    updateSiteListHeight();
}

void FilterPanel::setNativeFiltersEnabled(bool enabled)
{
    m_nativeEnabled = enabled;
    if (!enabled && m_choicesPending) {
        m_choicesPending = false;
        retranslateUi();
    }
    // Greyed-out ticks would look as if they still applied.
    if (!enabled)
        showFilter(CohortFilter(), false);
    for (QWidget *w : {static_cast<QWidget *>(m_presentation),
                       m_armBox,
                       m_sexBox,
                       m_ageBox,
                       static_cast<QWidget *>(m_sites),
                       static_cast<QWidget *>(m_idSearch),
                       m_followUpBox})
        w->setEnabled(enabled);
    m_nativeNote->setVisible(!enabled);
    m_hint->setVisible(enabled);
    m_debounce->stop();
    m_reported = filter();
}

void FilterPanel::changedNow()
{
    if (!m_updating)
        reportIfChanged();
}

void FilterPanel::changedSoon()
{
    if (!m_updating)
        m_debounce->start();
}

void FilterPanel::reportIfChanged()
{
    m_debounce->stop();
    const CohortFilter current = filter();
    if (current == m_reported)
        return;
    m_reported = current;
    Q_EMIT filterChanged(current);
}

} // namespace CohortLens
