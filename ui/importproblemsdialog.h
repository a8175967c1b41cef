// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationproblem.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace CohortLens {

// The problems of a file that could not be opened or imported, one per line with its
// row, column, value and what to do, and a way to save the list for whoever fixes the file.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const QString &fileName,
                         const ValidationProblems &problems,
                         qint64 problemCount,
                         QWidget *parent = nullptr);

    // Writes the problems as CSV (row, column, value, problem); false with a message box
    // when the file cannot be written.
    bool saveTo(const QString &path);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void save();

    QString m_fileName;
    ValidationProblems m_problems;
    QTableWidget *m_table = nullptr;
};

} // namespace CohortLens
