// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CohortLens {

namespace {
QByteArray csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}
} // namespace

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName,
                                           const ValidationProblems &problems,
                                           qint64 problemCount,
                                           QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_problems(problems)
{
    setWindowTitle(tr("Problems in %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    QString text = tr("%1 was not opened: it has %n problem(s). Nothing was changed.",
                      nullptr,
                      int(problemCount))
                       .arg(fileName);
    if (problemCount > problems.size())
        text += u' ' + tr("The first %n problem(s) are listed.", nullptr, int(problems.size()));
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_table = new QTableWidget(int(problems.size()), 4, this);
    m_table->setObjectName(QStringLiteral("problems"));
    m_table->setAccessibleName(tr("Problems"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (int i = 0; i < problems.size(); ++i) {
        const ValidationProblem &p = problems.at(i);
        auto *row = new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("header"));
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, row);
        m_table->setItem(i, 1, new QTableWidgetItem(p.column));
        m_table->setItem(i,
                         2,
                         new QTableWidgetItem(p.valueKnown && p.row > 0 ? p.value : QString()));
        auto *message = new QTableWidgetItem(p.message);
        message->setToolTip(p.toString());
        m_table->setItem(i, 3, message);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save List…"), QDialogButtonBox::ActionRole);
    connect(saveButton, &QPushButton::clicked, this, &ImportProblemsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

void ImportProblemsDialog::save()
{
    const QString suggested = QFileInfo(m_fileName).completeBaseName()
                              + QStringLiteral("-problems.csv");
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save Problems"),
                                                      suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool ImportProblemsDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("row,column,value,problem\n");
        for (const ValidationProblem &p : std::as_const(m_problems)) {
            file.write(QByteArray::number(p.row) + ',' + csvField(p.column) + ','
                       + csvField(p.valueKnown ? p.value : QString()) + ',' + csvField(p.message)
                       + '\n');
        }
        if (file.commit())
            return true;
    }
    QMessageBox::warning(this,
                         tr("Save Problems"),
                         tr("The list could not be saved to %1: %2").arg(path, file.errorString()));
    return false;
}

} // namespace CohortLens
