// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingdialog.h"

#include "eventmatcher.h"
#include "values.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace CohortLens {

namespace {
// A column whose name suggests the role, for the first guess.
int guess(const QStringList &columns, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).contains(QStringView(name), Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName,
                                         const QStringList &columns,
                                         const QMap<QString, QStringList> &values,
                                         QWidget *parent)
    : QDialog(parent)
    , m_values(values)
{
    setWindowTitle(tr("Choose the Columns to Analyse"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 is not in the registry format CohortLens knows. Choose "
                                "which of its columns hold the follow-up time, the event and "
                                "the groups to compare.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_time = new QComboBox(this);
    m_time->addItems(columns);
    m_time->setAccessibleName(tr("Time column"));
    m_event = new QComboBox(this);
    m_event->addItems(columns);
    m_event->setAccessibleName(tr("Event column"));
    m_eventValues = new QListWidget(this);
    m_eventValues->setAccessibleName(tr("Values that mean the event happened"));
    m_eventValues->setMaximumHeight(120);
    m_group = new QComboBox(this);
    m_group->addItem(tr("(everyone as one group)"));
    m_group->addItems(columns);
    m_group->setAccessibleName(tr("Group column"));
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("Event &values:"), m_eventValues);
    form->addRow(tr("&Groups:"), m_group);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_time->setCurrentIndex(std::max(0, guess(columns, {u"time", u"month", u"day", u"follow"})));
    m_event->setCurrentIndex(std::max(0, guess(columns, {u"status", u"event", u"dead", u"death"})));
    const int group = guess(columns, {u"arm", u"group", u"treat", u"rx", u"trt"});
    m_group->setCurrentIndex(group + 1);

    connect(m_event, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::fillEventValues);
    connect(m_time, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
    connect(m_eventValues, &QListWidget::itemChanged, this, &ColumnMappingDialog::validate);
    fillEventValues();
    resize(520, 420);
}

// The event column's values, each checkable; the usual event spellings come checked.
void ColumnMappingDialog::fillEventValues()
{
    m_eventValues->clear();
    const EventMatcher defaults;
    QStringList values = m_values.value(m_event->currentText());
    std::sort(values.begin(), values.end());
    // With a 1/2 code (as R's survival data sets write it) the larger value is the event.
    const bool oneTwo = values == QStringList{QStringLiteral("1"), QStringLiteral("2")};
    for (const QString &value : std::as_const(values)) {
        auto *item = new QListWidgetItem(value, m_eventValues);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool event = oneTwo ? value == u"2" : defaults.isEvent(value) == true;
        item->setCheckState(event ? Qt::Checked : Qt::Unchecked);
    }
    validate();
}

void ColumnMappingDialog::validate()
{
    QString problem;
    const bool numericTime = [&] {
        const QStringList values = m_values.value(m_time->currentText());
        return !values.isEmpty()
               && std::all_of(values.cbegin(), values.cend(), [](const QString &v) {
                      return Values::parseNumber(v).has_value();
                  });
    }();
    bool anyEvent = false;
    for (int i = 0; i < m_eventValues->count(); ++i)
        anyEvent = anyEvent || m_eventValues->item(i)->checkState() == Qt::Checked;
    if (!numericTime)
        problem = tr("The time column should hold numbers (e.g. months of follow-up).");
    else if (!anyEvent)
        problem = tr("Tick the value or values that mean the event happened.");
    else if (m_time->currentIndex() == m_event->currentIndex())
        problem = tr("Time and event must be different columns.");
    m_hint->setText(problem);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SurvivalRequest ColumnMappingDialog::request() const
{
    SurvivalRequest r;
    r.time = m_time->currentText();
    r.event = m_event->currentText();
    for (int i = 0; i < m_eventValues->count(); ++i) {
        if (m_eventValues->item(i)->checkState() == Qt::Checked)
            r.eventValues << m_eventValues->item(i)->text();
    }
    r.group = m_group->currentIndex() == 0 ? QLatin1String(SurvivalAnalysis::NoGroup)
                                           : m_group->currentText();
    return r;
}

void ColumnMappingDialog::setRequest(const SurvivalRequest &request)
{
    m_time->setCurrentText(request.time);
    m_event->setCurrentText(request.event);
    for (int i = 0; i < m_eventValues->count(); ++i) {
        QListWidgetItem *item = m_eventValues->item(i);
        item->setCheckState(request.eventValues.contains(item->text()) ? Qt::Checked
                                                                       : Qt::Unchecked);
    }
    if (request.group.compare(QLatin1String(SurvivalAnalysis::NoGroup), Qt::CaseInsensitive) == 0)
        m_group->setCurrentIndex(0);
    else
        m_group->setCurrentText(request.group);
}

} // namespace CohortLens
