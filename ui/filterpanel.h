// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimer;
class QVBoxLayout;
QT_END_NAMESPACE

namespace CohortLens {

// The contents of the filter dock: presentation, arm, sex, age range, primary site,
// patient ID search and follow-up range, and a Reset button. It collects the filter;
// the window runs it.
//
// filterChanged is emitted for what the user does: at once for the combo box and the
// check boxes, after a short pause (debounceInterval) for typing in the ID box and the
// spin boxes, and only when the filter really differs from the one last reported.
// setChoices() and setFilter() never emit; reset() emits once when it changed anything
// (it is what the Reset button does).
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceInterval = 200; // ms

    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // The values present in the registry: arms and sites as written, the largest age
    // (years) and follow-up (months). Keeps what was selected where it still exists;
    // does not emit, so read filter() afterwards.
    void setChoices(const QStringList &arms,
                    const QStringList &sites,
                    double maxAge,
                    double maxFollowUp);

    // Everything the controls say, plus the --where conditions given to setFilter().
    // Arms and sexes come normalised ("cytoreduction", "M"); the ID search trimmed. With
    // the native filters disabled, only the conditions.
    [[nodiscard]] CohortFilter filter() const;
    // Shows `filter` without emitting. An arm or site not among the choices is added as
    // an extra entry so that it can be seen and cleared; the panel edits whole years and
    // months, so fractional bounds are rounded to the nearest whole number.
    void setFilter(const CohortFilter &filter);
    // Back to "all patients", conditions included; emits filterChanged if that changed it.
    void reset();

    // For a registry that is not in the native format (no presentation, arm, ... columns):
    // disabling clears and greys out every control, leaving only the conditions. Does not
    // emit.
    // While a registry is being read: the lists say so until setChoices() fills them.
    void setChoicesPending();
    [[nodiscard]] bool choicesPending() const { return m_choicesPending; }
    void setNativeFiltersEnabled(bool enabled);
    [[nodiscard]] bool nativeFiltersEnabled() const { return m_nativeEnabled; }

Q_SIGNALS:
    void filterChanged(const CohortFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createControls();
    void createLayout();
    void retranslateUi();
    void describeArm(QCheckBox *box) const;
    void updateTabOrder();
    void setArmChoices(const QStringList &arms);
    QCheckBox *addArm(const QString &arm);
    QListWidgetItem *addSite(const QString &site);
    [[nodiscard]] CohortFilter controlsFilter() const;
    // Sets the controls to `filter`; with addMissing, arms and sites that are not among
    // the choices get an entry of their own.
    void showFilter(const CohortFilter &filter, bool addMissing);
    void updateSiteListHeight();
    void changedNow();
    void changedSoon();
    void reportIfChanged();

    QLabel *m_nativeNote = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_presentation = nullptr;
    QWidget *m_armBox = nullptr;
    QVBoxLayout *m_armLayout = nullptr;
    QList<QCheckBox *> m_arms;
    QLabel *m_noArms = nullptr;
    bool m_choicesPending = false;
    CohortFilter m_pendingFilter; // the filter set when the choices went, kept for the new ones
    QWidget *m_sexBox = nullptr;
    QCheckBox *m_men = nullptr;
    QCheckBox *m_women = nullptr;
    QWidget *m_ageBox = nullptr;
    QSpinBox *m_ageMin = nullptr;
    QSpinBox *m_ageMax = nullptr;
    QListWidget *m_sites = nullptr;
    QLineEdit *m_idSearch = nullptr;
    QWidget *m_followUpBox = nullptr;
    QSpinBox *m_followUpMin = nullptr;
    QSpinBox *m_followUpMax = nullptr;
    QPushButton *m_reset = nullptr;
    QTimer *m_debounce = nullptr;
    QList<QLabel *> m_headings;
    QList<QLabel *> m_fromLabels;
    QList<QLabel *> m_toLabels;

    QList<WhereCondition> m_conditions;
    CohortFilter m_reported;
    bool m_nativeEnabled = true;
    bool m_updating = false; // controls being set by code, not by the user
    Qt::CheckState m_pressedSiteState = Qt::Unchecked;
};

} // namespace CohortLens
