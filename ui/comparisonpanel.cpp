// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonpanel.h"

#include "comparisonformatter.h"
#include "comparisontablemodel.h"
#include "numberformat.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace CohortLens {

namespace {

// Takes Ctrl+C from the window's shortcuts while the table has the focus, so that it
// copies the table's lines, not the text of one cell or whatever else the window copies.
class CopyKeyFilter final : public QObject
{
public:
    explicit CopyKeyFilter(ComparisonPanel *panel)
        : QObject(panel)
        , m_panel(panel)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Copy)) {
                if (event->type() == QEvent::KeyPress)
                    m_panel->copy();
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ComparisonPanel *m_panel;
};

// Content-sized columns with room to breathe: numbers do not touch the column edges.
class PaddedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width() + 2 * option.fontMetrics.averageCharWidth(), size.height()};
    }
};

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonTableModel(this))
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("comparisonTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setCornerButtonEnabled(false);
    m_view->setItemDelegate(new PaddedDelegate(m_view));
    m_view->verticalHeader()->hide();
    // Compact lines, like a printed table: the whole demo table fits a laptop screen.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignCenter);
    header->setHighlightSections(false);
    m_view->installEventFilter(new CopyKeyFilter(this));

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyComparison"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &ComparisonPanel::copy);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ComparisonPanel::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComparisonPanel::fitColumns);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(4, 2, 4, 2);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    retranslateUi();
}

void ComparisonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LocaleChange)
        m_model->setLocale(locale()); // decimal signs and dates
    QWidget::changeEvent(event);
}

void ComparisonPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Comparison of the groups"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(
        tr("Copy the selected rows (or the whole table) as tab-separated text, for a "
           "spreadsheet or a manuscript"));
    m_note->setText(tr("Counts: n/N (%). Continuous values: mean (SD), median "
                       "(interquartile range) and range. Right-click a row to choose "
                       "another test; %1 copies the selected rows.")
                        .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
}

void ComparisonPanel::setResults(const ComparisonResult &comparison,
                                 const SurvivalResult &survival,
                                 const std::optional<SurvivalResult> &overallSurvival)
{
    m_model->setResults(comparison, survival, overallSurvival);
}

void ComparisonPanel::clear()
{
    m_model->clear();
}

QString ComparisonPanel::toTsv(bool selectionOnly) const
{
    QList<int> lines;
    if (selectionOnly && m_view->selectionModel()) {
        const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : selected)
            lines << index.row();
    }
    return m_model->toTsv(lines);
}

void ComparisonPanel::copy()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(toTsv(true));
}

QMenu *ComparisonPanel::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    const QString variable = index.data(ComparisonTableModel::VariableRole).toString();
    const QList<ComparisonTest> tests = m_model->availableTests(variable);
    if (tests.size() > 1) {
        const int line = m_model->lineOf(variable);
        const QString label
            = m_model->index(line, ComparisonTableModel::VariableColumn).data().toString().trimmed();
        menu->addSection(tr("Test for “%1”").arg(label));
        const ComparisonRow *row = nullptr;
        for (const ComparisonRow &r : m_model->comparison().rows) {
            if (r.variable == variable)
                row = &r;
        }
        const NumberFormat f;
        auto *group = new QActionGroup(menu);
        group->setExclusive(true);
        const std::optional<ComparisonTest> current = m_model->test(variable);
        for (const ComparisonTest test : tests) {
            const std::optional<double> p = row ? row->pFor(test) : std::nullopt;
            QString text = ComparisonFormatter::testName(test);
            if (p)
                text = tr("%1   (p = %2)").arg(text, f.pValue(*p));
            QAction *action = menu->addAction(text);
            action->setCheckable(true);
            action->setChecked(current == test);
            action->setData(QVariant::fromValue(test));
            action->setToolTip(ComparisonTableModel::testDescription(test));
            action->setStatusTip(action->toolTip());
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, variable, test] {
                m_model->setTest(variable, test);
            });
        }
        menu->addSeparator();
    }
    m_copyAction->setText(m_view->selectionModel()
                                  && !m_view->selectionModel()->selectedIndexes().isEmpty()
                              ? tr("&Copy selected rows")
                              : tr("&Copy table"));
    menu->addAction(m_copyAction);
    QAction *copyAll = menu->addAction(tr("Copy &whole table"));
    copyAll->setObjectName(QStringLiteral("copyWholeComparison"));
    connect(copyAll, &QAction::triggered, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(toTsv(false));
    });
    return menu;
}

void ComparisonPanel::fitColumns()
{
    // Every text whole; the groups and Overall equally wide, so that they read as one block.
    m_view->resizeColumnsToContents();
    int widest = 0;
    for (int c = 1; c <= m_model->overallColumn(); ++c)
        widest = std::max(widest, m_view->columnWidth(c));
    for (int c = 1; c <= m_model->overallColumn(); ++c)
        m_view->setColumnWidth(c, widest);
}

void ComparisonPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && m_view->selectionModel()
        && !m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->selectRow(index.row());
    QMenu *menu = createContextMenu(index);
    menu->exec(m_view->viewport()->mapToGlobal(position));
    menu->deleteLater();
}

} // namespace CohortLens
