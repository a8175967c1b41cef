// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonanalysis.h"
#include "survivalanalysis.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QTableView;
QT_END_NAMESPACE

namespace CohortLens {

class ComparisonTableModel;

// The per-arm comparison table of the window (SPEC §6): the comparison and survival rows
// with p-values and the test named on each. Right-click a row to switch its test; Ctrl+C
// copies the selected rows (or the whole table) as tab-separated text.
class ComparisonPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    void setResults(const ComparisonResult &comparison,
                    const SurvivalResult &survival,
                    const std::optional<SurvivalResult> &overallSurvival = std::nullopt);
    void clear();

    [[nodiscard]] ComparisonTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QAction *copyAction() const { return m_copyAction; }

    // The selected lines (all when `selectionOnly` is false or nothing is selected) as
    // tab-separated text with the header line.
    [[nodiscard]] QString toTsv(bool selectionOnly) const;
    // Puts toTsv(true) on the clipboard.
    void copy();

    // The context menu of a line: the tests its row can switch to (checkable, the one in
    // use checked; each action's data() is the ComparisonTest) and Copy. The caller owns
    // the menu (it is parented to the panel).
    [[nodiscard]] QMenu *createContextMenu(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showContextMenu(const QPoint &position);
    void fitColumns();

    ComparisonTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_copyAction = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace CohortLens
