// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the bytes as a native-schema registry CSV, checked three ways.
//  1. CsvReader, header resolution by ColumnMapping (as written, and through a mapping of
//     foreign column names) and RecordValidator over every row;
//  2. RecordValidator over rows cut directly from the bytes under the full native header,
//     which reaches every cell rule without first getting a CSV right;
//  3. the whole import, RegistryImporter::importInto an in-memory registry, native and
//     generic: it imports exactly what validates and writes nothing otherwise.
// Every problem must name a row >= 0 and say what is wrong.
#include "columnmapping.h"
#include "csvreader.h"
#include "fuzzcheck.h"
#include "nativeschema.h"
#include "recordvalidator.h"
#include "registryimporter.h"
#include "registrystore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace CohortLens;
using Fuzz::check;
using F = NativeSchema::Field;

namespace {

void checkProblems(const ValidationProblems &problems, qint64 row)
{
    for (const ValidationProblem &p : problems) {
        check(p.row >= 0, "a problem names a row >= 0");
        check(row < 0 || p.row == row, "a problem names its own row");
        check(!p.message.trimmed().isEmpty(), "a problem says what is wrong");
        check(!p.toString().isEmpty(), "a problem reads as text");
    }
}

void checkResolved(const ResolvedColumns &columns, const QStringList &header)
{
    check(columns.headerNames.size() == header.size(), "every header column has a name");
    QSet<int> used;
    for (const int index : columns.fieldIndex) {
        check(index >= -1 && index < header.size(), "a field's column is in the header");
        if (index < 0)
            continue;
        check(!used.contains(index), "a column serves one field");
        used.insert(index);
    }
    check(columns.extraIndex.size() == columns.extraNames.size(), "every extra column is named");
    for (const int index : columns.extraIndex) {
        check(index >= 0 && index < header.size(), "an extra column is in the header");
        check(!used.contains(index), "an extra column is no native field");
    }
}

// Validates one row; true when it gives a record.
bool checkRow(const RecordValidator &validator,
              const ResolvedColumns &columns,
              qint64 row,
              const QStringList &fields)
{
    ValidationProblems problems;
    const std::optional<PatientRecord> record = validator.validate(row, fields, problems);
    check(record.has_value() == problems.isEmpty(), "a record exactly when there is no problem");
    checkProblems(problems, row);
    if (!record)
        return false;
    const PatientRecord &p = *record;
    check(!p.patientId.isEmpty(), "a record has a patient_id");
    check(std::isfinite(p.followupMonths) && p.followupMonths >= 0, "follow-up is a number >= 0");
    if (p.age)
        check(*p.age >= 0 && *p.age <= 120, "age is within 0-120");
    if (p.clavienDindo)
        check(*p.clavienDindo >= 0 && *p.clavienDindo <= 5, "Clavien-Dindo is within 0-5");
    if (p.operationDate && p.lastFollowupDate)
        check(*p.operationDate <= *p.lastFollowupDate, "follow-up ends after the operation");
    check(p.extra.size() == columns.extraIndex.size(), "a record keeps every extra column");
    return true;
}

struct CsvOutcome
{
    bool clean = false; // a header, at least one row, and no problem anywhere
    QStringList ids;    // the patient_id of every valid row
};

CsvOutcome validateCsv(const QByteArray &bytes, const ColumnMapping &mapping)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvOutcome outcome;
    QStringList header;
    if (!reader.readRecord(header))
        return outcome;

    ValidationProblems headerProblems;
    const ResolvedColumns columns = mapping.resolve(header, headerProblems);
    checkProblems(headerProblems, 0);
    checkResolved(columns, header);

    // The importer stops at a bad header; the validator must still cope with its columns
    // (a required one missing, say), so carry on.
    const RecordValidator validator(columns);
    bool clean = headerProblems.isEmpty();
    qint64 rows = 0;
    QStringList fields;
    while (reader.readRecord(fields)) {
        if (RecordValidator::isEmptyRow(fields))
            continue;
        ++rows;
        if (checkRow(validator, columns, reader.recordNumber() - 1, fields))
            outcome.ids << fields.at(columns.indexOf(F::PatientId)).trimmed();
        else
            clean = false;
    }
    outcome.clean = clean && rows > 0 && reader.error() == CsvReader::Error::None;
    return outcome;
}

// Rows cut from the bytes at line ends and commas, without quoting, under the full header.
void validateRows(const QByteArray &bytes)
{
    QStringList header;
    for (const auto &c : NativeSchema::columns())
        header << QString::fromUtf16(c.name);
    ValidationProblems headerProblems;
    const ResolvedColumns columns = ColumnMapping().resolve(header, headerProblems);
    check(headerProblems.isEmpty(), "the native header resolves");
    const RecordValidator validator(columns);
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringList fields;
        for (const QByteArray &cell : lines.at(i).split(','))
            fields << QString::fromUtf8(cell);
        checkRow(validator, columns, i + 1, fields);
    }
}

ColumnMapping foreignMapping()
{
    // The foreign names of tests/data/import/foreign-columns.csv.
    ColumnMapping mapping;
    mapping.set(F::PatientId, QStringLiteral("id"));
    mapping.set(F::Sex, QStringLiteral("gender"));
    mapping.set(F::CarcinoidSyndrome, QStringLiteral("cs"));
    mapping.set(F::Obstruction, QStringLiteral("obstructed"));
    mapping.set(F::Arm, QStringLiteral("treatment"));
    mapping.set(F::FollowupMonths, QStringLiteral("months"));
    mapping.set(F::Status, QStringLiteral("dead"));
    return mapping;
}

ImportReport import(const QByteArray &bytes,
                    const ColumnMapping &mapping,
                    RegistryStore::Layout layout)
{
    RegistryStore store;
    check(store.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite),
          "an in-memory registry opens");
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = RegistryImporter().importInto(store,
                                                              buffer,
                                                              QStringLiteral("fuzz.csv"),
                                                              ProvenanceEntry::Mode::Create,
                                                              mapping,
                                                              layout);
    checkProblems(report.problems, -1);
    check(report.problems.size()
              == std::min<qint64>(report.problemCount, RegistryImporter::MaxListedProblems),
          "problems are listed up to the cap");
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        check(report.problemCount == 0, "an import has no problems");
        check(report.rowsImported == report.rowsRead && report.rowsRead > 0,
              "an import takes every row");
        check(store.patientCount() == report.rowsImported
                  && report.patientsAfter == report.rowsImported,
              "an import stores every row");
        check(report.sha256
                  == QString::fromLatin1(
                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
              "an import records the SHA-256 of the file");
        break;
    case ImportReport::Outcome::InvalidData:
        check(report.problemCount > 0, "invalid data has problems");
        check(!store.hasRegistry(), "invalid data writes nothing");
        break;
    case ImportReport::Outcome::Failed:
        // The database refused (e.g. more columns than SQLite allows): said, and undone.
        check(!report.message.isEmpty(), "a failure says why");
        check(!store.hasRegistry(), "a failed import writes nothing");
        break;
    case ImportReport::Outcome::Refused:
    case ImportReport::Outcome::Cancelled:
        check(false, "an import into a new in-memory registry is neither refused nor cancelled");
        break;
    }
    return report;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase loads its driver plugin through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const CsvOutcome native = validateCsv(bytes, ColumnMapping());
    validateCsv(bytes, foreignMapping());
    validateRows(bytes);

    const ImportReport imported = import(bytes, ColumnMapping(), RegistryStore::Layout::Native);
    if (imported.outcome == ImportReport::Outcome::Imported)
        check(native.clean, "only a file without problems imports");
    if (native.clean
        && QSet<QString>(native.ids.cbegin(), native.ids.cend()).size() == native.ids.size())
        check(imported.outcome == ImportReport::Outcome::Imported,
              "a file without problems and with unique IDs imports");
    import(bytes, ColumnMapping(), RegistryStore::Layout::Generic);
    return 0;
}
