// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patienttablemodel.h"

#include "nativeschema.h"
#include "values.h"

#include <QLocale>

namespace CohortLens {

namespace {
using F = NativeSchema::Field;
using Kind = RegistryColumn::Kind;

const QString tick = QStringLiteral("✓");
const QString dash = QStringLiteral("—");
} // namespace

PatientTableModel::PatientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PatientTableModel::setPatients(CohortColumns patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.rows.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.names.size());
}

QString PatientTableModel::columnTitle(const QString &name)
{
    const auto field = NativeSchema::fieldByName(name);
    if (!field || NativeSchema::name(*field) != name)
        return name;
    switch (*field) {
    case F::PatientId:
        return tr("Patient");
    case F::Age:
        return tr("Age");
    case F::Sex:
        return tr("Sex");
    case F::PrimarySite:
        return tr("Primary site");
    case F::CarcinoidSyndrome:
        return tr("Carcinoid syndrome");
    case F::Obstruction:
        return tr("Obstruction");
    case F::Arm:
        return tr("Arm");
    case F::RegionalResection:
        return tr("Regional resection");
    case F::CsImproved:
        return tr("CS improved");
    case F::ObstructionRelieved:
        return tr("Obstruction relieved");
    case F::Complication:
        return tr("Complication");
    case F::ClavienDindo:
        return tr("Clavien-Dindo");
    case F::Died30d:
        return tr("Died ≤ 30 days");
    case F::FollowupMonths:
        return tr("Follow-up (months)");
    case F::Status:
        return tr("Status");
    case F::OperationDate:
        return tr("Operation date");
    case F::LastFollowupDate:
        return tr("Last follow-up");
    }
    return name;
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &name = m_patients.names.at(section);
    if (role == Qt::DisplayRole)
        return columnTitle(name);
    if (role == Qt::ToolTipRole)
        return name; // the registry's column, for those who know the file
    return {};
}

QVariant PatientTableModel::display(int row, int column) const
{
    const QVariant &value = m_patients.values.at(column).at(row);
    if (!value.isValid())
        return {};
    const Kind kind = m_patients.kinds.at(column);
    const QString &name = m_patients.names.at(column);
    if (kind == Kind::Boolean)
        return value.toString() == u"yes" ? tick : dash;
    if (kind == Kind::Number) {
        if (name == NativeSchema::name(F::Status))
            return value.toDouble() == 1 ? tr("dead") : tr("alive");
        return QLocale().toString(value.toDouble(), 'g', 10);
    }
    if (kind == Kind::Arm)
        return value.toString() == Values::armText(Arm::Cytoreduction) ? tr("cytoreduction")
                                                                       : tr("medical");
    return value;
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole: {
        // A number as a double, anything else as text; PatientSortProxy orders them.
        const QVariant &value = m_patients.values.at(column).at(row);
        if (!value.isValid() || value.typeId() == QMetaType::Double)
            return value;
        const QString text = value.toString();
        if (const auto number = Values::parseNumber(text))
            return *number;
        return text;
    }
    case Qt::TextAlignmentRole: {
        const Kind kind = m_patients.kinds.at(column);
        if (kind == Kind::Number && m_patients.names.at(column) != NativeSchema::name(F::Status))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (kind == Kind::Boolean || kind == Kind::Sex)
            return QVariant(Qt::AlignCenter);
        return {};
    }
    case Qt::AccessibleTextRole: {
        const QVariant shown = display(row, column);
        if (shown.toString() == tick)
            return tr("yes");
        if (shown.toString() == dash)
            return tr("no");
        return shown;
    }
    default:
        return {};
    }
}

} // namespace CohortLens
