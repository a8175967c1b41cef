// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patienttablemodel.h"

#include "nativeschema.h"

#include <QLocale>

namespace CohortLens {

namespace {
using F = NativeSchema::Field;

QString tick(bool value)
{
    return value ? QStringLiteral("✓") : QStringLiteral("—");
}

QVariant optionalTick(const std::optional<bool> &value)
{
    return value ? QVariant(tick(*value)) : QVariant();
}

QVariant optionalSort(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(-1);
}
} // namespace

PatientTableModel::PatientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PatientTableModel::setPatients(QList<PatientRecord> patients, QStringList extraColumns)
{
    beginResetModel();
    m_patients = std::move(patients);
    m_extraColumns = std::move(extraColumns);
    endResetModel();
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NativeSchema::FieldCount + int(m_extraColumns.size());
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= NativeSchema::FieldCount) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_extraColumns.at(section - NativeSchema::FieldCount);
        return {};
    }
    const auto field = static_cast<F>(section);
    if (role == Qt::ToolTipRole)
        return NativeSchema::name(field);
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
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
    return {};
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientRecord &patient = m_patients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(patient, index.column());
    case SortRole:
        return sortValue(patient, index.column());
    case Qt::TextAlignmentRole: {
        const int column = index.column();
        if (column >= NativeSchema::FieldCount)
            return {};
        const auto type = NativeSchema::column(static_cast<F>(column)).type;
        if (type == NativeSchema::Type::Number || type == NativeSchema::Type::Integer)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (type == NativeSchema::Type::Boolean || type == NativeSchema::Type::Sex)
            return QVariant(Qt::AlignCenter);
        return {};
    }
    case Qt::AccessibleTextRole: {
        const QVariant value = displayValue(patient, index.column());
        if (value.toString() == tick(true))
            return tr("yes");
        if (value.toString() == tick(false))
            return tr("no");
        return value;
    }
    default:
        return {};
    }
}

QVariant PatientTableModel::displayValue(const PatientRecord &p, int column) const
{
    if (column >= NativeSchema::FieldCount)
        return p.extra.value(column - NativeSchema::FieldCount);
    const QLocale locale;
    switch (static_cast<F>(column)) {
    case F::PatientId:
        return p.patientId;
    case F::Age:
        return p.age ? QVariant(locale.toString(*p.age, 'g', 4)) : QVariant();
    case F::Sex:
        return p.sex ? QVariant(Values::sexText(*p.sex)) : QVariant();
    case F::PrimarySite:
        return p.primarySite;
    case F::CarcinoidSyndrome:
        return tick(p.carcinoidSyndrome);
    case F::Obstruction:
        return tick(p.obstruction);
    case F::Arm:
        return p.arm == Arm::Cytoreduction ? tr("cytoreduction") : tr("medical");
    case F::RegionalResection:
        return optionalTick(p.regionalResection);
    case F::CsImproved:
        return optionalTick(p.csImproved);
    case F::ObstructionRelieved:
        return optionalTick(p.obstructionRelieved);
    case F::Complication:
        return optionalTick(p.complication);
    case F::ClavienDindo:
        return p.clavienDindo ? QVariant(locale.toString(*p.clavienDindo)) : QVariant();
    case F::Died30d:
        return optionalTick(p.died30d);
    case F::FollowupMonths:
        return locale.toString(p.followupMonths, 'g', 6);
    case F::Status:
        return p.dead ? tr("dead") : tr("alive");
    case F::OperationDate:
        return p.operationDate ? QVariant(locale.toString(*p.operationDate, QLocale::ShortFormat))
                               : QVariant();
    case F::LastFollowupDate:
        return p.lastFollowupDate
                   ? QVariant(locale.toString(*p.lastFollowupDate, QLocale::ShortFormat))
                   : QVariant();
    }
    return {};
}

QVariant PatientTableModel::sortValue(const PatientRecord &p, int column) const
{
    if (column >= NativeSchema::FieldCount) {
        const QString text = p.extra.value(column - NativeSchema::FieldCount);
        if (const auto number = Values::parseNumber(text))
            return *number;
        return text;
    }
    switch (static_cast<F>(column)) {
    case F::Age:
        return p.age ? QVariant(*p.age) : QVariant(-1.0);
    case F::CarcinoidSyndrome:
        return int(p.carcinoidSyndrome);
    case F::Obstruction:
        return int(p.obstruction);
    case F::RegionalResection:
        return optionalSort(p.regionalResection);
    case F::CsImproved:
        return optionalSort(p.csImproved);
    case F::ObstructionRelieved:
        return optionalSort(p.obstructionRelieved);
    case F::Complication:
        return optionalSort(p.complication);
    case F::ClavienDindo:
        return p.clavienDindo ? *p.clavienDindo : -1;
    case F::Died30d:
        return optionalSort(p.died30d);
    case F::FollowupMonths:
        return p.followupMonths;
    case F::Status:
        return int(p.dead);
    case F::OperationDate:
        return p.operationDate ? QVariant(*p.operationDate) : QVariant(QDate());
    case F::LastFollowupDate:
        return p.lastFollowupDate ? QVariant(*p.lastFollowupDate) : QVariant(QDate());
    default:
        return displayValue(p, column);
    }
}

} // namespace CohortLens
