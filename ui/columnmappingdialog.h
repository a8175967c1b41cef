// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivalanalysis.h"

#include <QDialog>
#include <QMap>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace CohortLens {

// For a CSV outside the native schema: which column is the follow-up time, which the
// event and which of its values mean "event", and which column holds the groups.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    // columns: the file's columns; values: up to a few dozen distinct values of each.
    ColumnMappingDialog(const QString &fileName,
                        const QStringList &columns,
                        const QMap<QString, QStringList> &values,
                        QWidget *parent = nullptr);

    // time, event, event values and group as chosen.
    [[nodiscard]] SurvivalRequest request() const;
    void setRequest(const SurvivalRequest &request);

    [[nodiscard]] QComboBox *timeBox() const { return m_time; }
    [[nodiscard]] QComboBox *eventBox() const { return m_event; }
    [[nodiscard]] QListWidget *eventValueList() const { return m_eventValues; }
    [[nodiscard]] QComboBox *groupBox() const { return m_group; }

private:
    void fillEventValues();
    void validate();

    QMap<QString, QStringList> m_values;
    QComboBox *m_time = nullptr;
    QComboBox *m_event = nullptr;
    QListWidget *m_eventValues = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace CohortLens
