// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryimporter.h"

#include "csvreader.h"
#include "recordvalidator.h"
#include "registrystore.h"
#include "registrywriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace CohortLens {

namespace {
void addProblem(ImportReport &report, ValidationProblem problem)
{
    ++report.problemCount;
    if (report.problems.size() < RegistryImporter::MaxListedProblems)
        report.problems.append(std::move(problem));
}

// One data row, read and checked, on its way to the database.
struct ParsedRow
{
    qint64 row = 0;
    std::optional<PatientRecord> record; // a valid native row
    QStringList values;                  // a row of a generic file
    QString idCell;                      // the patient_id cell as written
    ValidationProblems problems;
};

// A bounded queue of row batches from the reading thread to the storing one.
class RowPipeline
{
public:
    static constexpr std::size_t BatchSize = 512;
    static constexpr std::size_t MaxBatches = 16;

    void push(std::vector<ParsedRow> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    // False once the producer has finished and everything was taken.
    bool pop(std::vector<ParsedRow> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<std::vector<ParsedRow>> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

// Every column of a file outside the native schema, as an extra column.
ResolvedColumns genericColumns(const QStringList &header, ValidationProblems &problems)
{
    ResolvedColumns columns;
    columns.fieldIndex.fill(-1);
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        columns.headerNames << name;
        if (seen.contains(name.toCaseFolded())) {
            problems.append({0,
                             name,
                             {},
                             RegistryImporter::tr("the column name appears twice in the header; "
                                                  "rename one of them")});
            continue;
        }
        seen.insert(name.toCaseFolded());
        columns.extraIndex << i;
        columns.extraNames << name;
    }
    return columns;
}

// Whether a header holds every required column of the native schema under its own name.
bool isNativeHeader(const QStringList &header)
{
    auto has = [&](NativeSchema::Field field) {
        const QString name = NativeSchema::name(field);
        return std::any_of(header.cbegin(), header.cend(), [&](const QString &column) {
            return column.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    using F = NativeSchema::Field;
    for (const auto &c : NativeSchema::columns()) {
        if (!c.required || has(c.field))
            continue;
        if (c.field == F::FollowupMonths && has(F::OperationDate) && has(F::LastFollowupDate))
            continue;
        return false;
    }
    return true;
}

// The reader's errors as problems of the file, with the line to look at.
ValidationProblem readerProblem(const CsvReader &reader, const QStringList &header)
{
    ValidationProblem p;
    p.row = reader.recordNumber();
    if (reader.errorField() < header.size())
        p.column = header.at(reader.errorField()).trimmed();
    const qint64 line = reader.errorLine();
    switch (reader.error()) {
    case CsvReader::Error::None:
        break;
    case CsvReader::Error::ReadFailed:
        p.message = RegistryImporter::tr("the file could not be read to the end");
        break;
    case CsvReader::Error::NotUtf8:
        p.message = RegistryImporter::tr(
                        "line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: "
                        "CSV UTF-8)")
                        .arg(line);
        break;
    case CsvReader::Error::Utf16:
        p.message = RegistryImporter::tr(
            "the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV "
            "UTF-8)");
        break;
    case CsvReader::Error::BinaryData:
        p.message = p.row == 0
                        ? RegistryImporter::tr("this is not a CSV text file: it holds binary data "
                                               "(NUL bytes); export the registry as CSV")
                        : RegistryImporter::tr("line %1 holds binary data (a NUL byte); this is "
                                               "not a CSV text file")
                              .arg(line);
        break;
    case CsvReader::Error::UnterminatedQuote:
        p.message = RegistryImporter::tr(
                        "the quoted field that starts on line %1 is never closed; add the "
                        "closing quote")
                        .arg(line);
        break;
    case CsvReader::Error::TextAfterQuote:
        p.message = RegistryImporter::tr(
                        "line %1 has text right after a closing quote; a quote inside a "
                        "quoted field must be doubled (\"\")")
                        .arg(line);
        break;
    case CsvReader::Error::FieldTooLong:
        p.message = RegistryImporter::tr(
                        "line %1 has a field longer than %2 MiB; is this a registry file?")
                        .arg(line)
                        .arg(reader.maxFieldBytes() / (1024 * 1024));
        break;
    case CsvReader::Error::TooManyFields:
        p.message = RegistryImporter::tr(
                        "line %1 has more than %2 columns; is this a registry file?")
                        .arg(line)
                        .arg(reader.maxFields());
        break;
    case CsvReader::Error::RecordTooLong:
        p.message = RegistryImporter::tr("line %1 is longer than %2 MiB; is this a registry file?")
                        .arg(line)
                        .arg(reader.maxRecordBytes() / (1024 * 1024));
        break;
    }
    p.valueKnown = false; // the cell could not be read
    return p;
}
} // namespace

ImportReport RegistryImporter::importInto(RegistryStore &store,
                                          QIODevice &csv,
                                          const QString &sourceName,
                                          ProvenanceEntry::Mode mode,
                                          const ColumnMapping &mapping,
                                          RegistryStore::Layout layout) const
{
    const bool native = layout == RegistryStore::Layout::Native;
    ImportReport report;
    report.sourceName = sourceName;
    const qint64 total = csv.size();
    // A file rewritten while it is read (saved again from a spreadsheet, a script writing
    // it) yields rows that are neither its old nor its new content, under a SHA-256 of
    // bytes that exist nowhere: such an import is refused, not stored.
    const auto *file = qobject_cast<const QFileDevice *>(&csv);
    // By path, afresh each time: QFileDevice::fileTime() keeps what it read first.
    const QString filePath = file && !file->isSequential() ? file->fileName() : QString();
    const QDateTime modifiedBefore = filePath.isEmpty() ? QDateTime()
                                                        : QFileInfo(filePath).lastModified();
    // readToEnd: the reader stopped at the end, so it read as many bytes as the file has.
    auto changedWhileRead = [&](bool readToEnd, qint64 bytesRead) {
        if (filePath.isEmpty())
            return false; // a pipe or a buffer has neither a time nor a size to compare
        const QFileInfo now(filePath);
        return now.lastModified() != modifiedBefore || (readToEnd && now.size() != bytesRead);
    };

    CsvReader reader(&csv);
    QStringList header;
    if (!reader.readRecord(header)) {
        report.outcome = ImportReport::Outcome::InvalidData;
        if (reader.error() != CsvReader::Error::None)
            addProblem(report, readerProblem(reader, header));
        else
            addProblem(report,
                       {0,
                        {},
                        {},
                        RegistryImporter::tr("the file is empty; a registry file starts with "
                                             "a header row naming its columns")});
        return report;
    }

    // A generic file keeps every column as an extra one, under the names mapping
    // resolution gives them (empty names numbered, duplicates reported).
    const ResolvedColumns columns = native ? mapping.resolve(header, report.problems)
                                           : genericColumns(header, report.problems);
    report.problemCount = report.problems.size();
    if (report.problemCount > 0) {
        report.outcome = ImportReport::Outcome::InvalidData;
        return report;
    }

    RegistryWriter writer(store);
    if (!writer.begin(mode, columns.extraNames, layout)) {
        report.outcome = ImportReport::Outcome::Failed;
        report.message = writer.errorString();
        return report;
    }

    // Reading and checking rows (one thread) overlaps with storing them (this thread, which
    // owns the database connection): on two cores the import takes about as long as the
    // slower half. Rows travel in batches through a small bounded queue, in file order.
    const RecordValidator validator(columns);
    const int idIndex = columns.indexOf(NativeSchema::Field::PatientId);
    RowPipeline pipeline;
    std::atomic<qint64> rowsRead = 0;
    std::thread producer([&] {
        QStringList fields;
        qint64 lastProgress = 0;
        std::vector<ParsedRow> batch;
        batch.reserve(RowPipeline::BatchSize);
        while (!pipeline.stopped() && reader.readRecord(fields)) {
            if (RecordValidator::isEmptyRow(fields))
                continue;
            ParsedRow parsed;
            parsed.row = reader.recordNumber() - 1;
            ++rowsRead;
            if (!native) {
                if (fields.size() != header.size()) {
                    parsed.problems.append(
                        {parsed.row,
                         {},
                         {},
                         RecordValidator::fieldCountMessage(fields.size(), header.size())});
                } else {
                    for (QString &field : fields)
                        field = field.trimmed();
                    parsed.values = fields;
                }
            } else {
                parsed.record = validator.validate(parsed.row, fields, parsed.problems);
                if (parsed.record)
                    parsed.idCell = fields.at(idIndex);
            }
            batch.push_back(std::move(parsed));
            if (batch.size() == RowPipeline::BatchSize) {
                pipeline.push(std::move(batch));
                batch.clear();
                batch.reserve(RowPipeline::BatchSize);
            }
            if (m_progress && reader.bytesRead() - lastProgress >= CsvReader::ChunkBytes) {
                lastProgress = reader.bytesRead();
                m_progress(lastProgress, total);
            }
        }
        if (!batch.empty())
            pipeline.push(std::move(batch));
        pipeline.finish();
    });

    auto stop = [&](ImportReport::Outcome outcome, const QString &message) {
        pipeline.stop();
        producer.join();
        report.outcome = outcome;
        report.message = message;
        return report;
    };
    std::vector<ParsedRow> batch;
    std::vector<RegistryWriter::Row> rows;
    while (pipeline.pop(batch)) {
        // The batch's valid rows in one call (one statement per thousand on PostgreSQL), then
        // their outcomes with each row's problems, in row order.
        rows.clear();
        for (const ParsedRow &parsed : batch) {
            if (parsed.record || !parsed.values.isEmpty())
                rows.push_back({parsed.row,
                                parsed.record ? &*parsed.record : nullptr,
                                parsed.record ? nullptr : &parsed.values});
        }
        const std::vector<RegistryWriter::Insert> outcomes = writer.insertRows(rows);
        std::size_t next = 0;
        for (ParsedRow &parsed : batch) {
            for (ValidationProblem &p : parsed.problems)
                addProblem(report, std::move(p));
            if (!parsed.record && parsed.values.isEmpty())
                continue;
            const RegistryWriter::Insert outcome = outcomes.at(next++);
            switch (outcome) {
            case RegistryWriter::Insert::Inserted:
                ++report.rowsImported;
                break;
            case RegistryWriter::Insert::DuplicateId: {
                const qint64 earlier = writer.earlierRowOf(parsed.record->patientId);
                addProblem(report,
                           {parsed.row,
                            columns.headerNames.at(idIndex),
                            parsed.idCell,
                            earlier > 0 ? RegistryImporter::tr(
                                              "duplicate patient_id: row %1 has the same one; "
                                              "each patient needs a unique identifier")
                                              .arg(earlier)
                                        : RegistryImporter::tr(
                                            "duplicate patient_id: the registry already "
                                            "holds this patient; import only new patients "
                                            "with --append, or use --replace")});
                break;
            }
            case RegistryWriter::Insert::Failed:
                return stop(ImportReport::Outcome::Failed,
                            RegistryImporter::tr("row %1 could not be stored: %2")
                                .arg(parsed.row)
                                .arg(writer.errorString()));
            }
        }
        if (m_cancel && m_cancel->load())
            return stop(ImportReport::Outcome::Cancelled,
                        RegistryImporter::tr("the import was cancelled; nothing was written"));
    }
    producer.join();
    report.rowsRead = rowsRead;
    if (changedWhileRead(reader.error() == CsvReader::Error::None, reader.bytesRead())) {
        report.outcome = ImportReport::Outcome::Failed;
        report.message = RegistryImporter::tr("%1 changed while it was being read; import it "
                                              "again once it is saved and closed")
                             .arg(sourceName);
        return report;
    }
    if (reader.error() != CsvReader::Error::None)
        addProblem(report, readerProblem(reader, header));
    else if (report.rowsRead == 0 && report.problemCount == 0)
        addProblem(report,
                   {0, {}, {}, RegistryImporter::tr("the file has a header but no data rows")});
    if (m_cancel && m_cancel->load()) {
        report.outcome = ImportReport::Outcome::Cancelled;
        report.message = RegistryImporter::tr("the import was cancelled; nothing was written");
        return report;
    }
    if (report.problemCount > 0) {
        report.outcome = ImportReport::Outcome::InvalidData;
        return report;
    }

    report.sha256 = QString::fromLatin1(reader.sha256().toHex());
    ProvenanceEntry entry;
    entry.sourceName = sourceName;
    entry.sha256 = report.sha256;
    entry.rowsRead = report.rowsRead;
    entry.rowsImported = report.rowsImported;
    entry.rowsRejected = report.rowsRead - report.rowsImported;
    entry.mode = mode;
    if (!writer.commit(entry)) {
        report.outcome = ImportReport::Outcome::Failed;
        report.message = writer.errorString();
        return report;
    }
    if (m_progress)
        m_progress(reader.bytesRead(), total);
    report.patientsAfter = store.patientCount();
    report.outcome = ImportReport::Outcome::Imported;
    return report;
}

ImportReport RegistryImporter::load(const QString &path, RegistryStore &store, Accept accept) const
{
    ImportReport report;
    const QFileInfo info(path);
    report.sourceName = info.fileName();
    auto refuse = [&](const QString &message) {
        report.outcome = ImportReport::Outcome::Refused;
        report.message = message;
        return report;
    };
    if (path.isEmpty())
        return refuse(RegistryImporter::tr("no input file given"));
    const bool server = RegistryStore::isServerLocation(path);
    if (server)
        report.sourceName = RegistryStore::displayLocation(path);
    if (!server && !info.exists())
        return refuse(RegistryImporter::tr("%1 does not exist").arg(path));
    if (info.isDir())
        return refuse(RegistryImporter::tr("%1 is a folder; give a CSV file or a registry "
                                           "database")
                          .arg(path));

    if (server || RegistryStore::isSqliteFile(path)) {
        if (!store.open(path, RegistryStore::Access::ReadOnly))
            return refuse(store.errorString());
        if (!store.hasRegistry())
            return refuse(RegistryImporter::tr("%1 holds no registry yet")
                              .arg(RegistryStore::displayLocation(path)));
        const auto provenance = store.provenance();
        if (!provenance.isEmpty())
            report.sha256 = provenance.constLast().sha256;
        report.patientsAfter = store.patientCount();
        report.rowsRead = report.rowsImported = report.patientsAfter;
        report.outcome = ImportReport::Outcome::Imported;
        return report;
    }

    QFile csv(path);
    if (!csv.open(QIODevice::ReadOnly))
        return refuse(RegistryImporter::tr("%1 cannot be read: %2").arg(path, csv.errorString()));
    // A file with the native columns is read as a registry, and must be a valid one; any
    // other CSV keeps its columns as they are.
    const RegistryStore::Layout layout = accept == Accept::NativeOnly
                                             ? RegistryStore::Layout::Native
                                             : csvLayout(path);
    if (!store.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite))
        return refuse(store.errorString());
    return importInto(store,
                      csv,
                      info.fileName(),
                      ProvenanceEntry::Mode::Create,
                      ColumnMapping(),
                      layout);
}

RegistryStore::Layout RegistryImporter::csvLayout(const QString &path)
{
    QFile csv(path);
    QStringList header;
    if (csv.open(QIODevice::ReadOnly)) {
        CsvReader reader(&csv);
        reader.readRecord(header);
    }
    return isNativeHeader(header) ? RegistryStore::Layout::Native : RegistryStore::Layout::Generic;
}

ImportReport RegistryImporter::importFile(const ImportRequest &request) const
{
    ImportReport report;
    auto refuse = [&](const QString &message) {
        report.outcome = ImportReport::Outcome::Refused;
        report.message = message;
        return report;
    };

    const QFileInfo csvInfo(request.csvPath);
    report.sourceName = csvInfo.fileName();
    if (request.csvPath.isEmpty())
        return refuse(RegistryImporter::tr("no input file given"));
    if (!csvInfo.exists())
        return refuse(RegistryImporter::tr("%1 does not exist").arg(request.csvPath));
    if (csvInfo.isDir())
        return refuse(RegistryImporter::tr("%1 is a folder; give a CSV file").arg(request.csvPath));
    if (request.databasePath.isEmpty())
        return refuse(RegistryImporter::tr("no database file given"));
    const QFileInfo dbInfo(request.databasePath);
    if (dbInfo.exists() && dbInfo.canonicalFilePath() == csvInfo.canonicalFilePath())
        return refuse(RegistryImporter::tr("the database and the input are the same file"));

    QFile csv(request.csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return refuse(
            RegistryImporter::tr("%1 cannot be read: %2").arg(request.csvPath, csv.errorString()));
    if (RegistryStore::isSqliteFile(request.csvPath))
        return refuse(
            RegistryImporter::tr("%1 is an SQLite database, not a CSV file").arg(request.csvPath));

    const bool existed = dbInfo.exists();
    ImportReport result;
    {
        RegistryStore store;
        if (!store.open(request.databasePath, RegistryStore::Access::ReadWrite)) {
            if (!store.wasBusy())
                return refuse(store.errorString());
            // Not a wrong path or option: the same command succeeds once the other program
            // has finished.
            report.outcome = ImportReport::Outcome::Failed;
            report.message = store.errorString();
            return report;
        }
        if (request.mode == ProvenanceEntry::Mode::Create && store.patientCount() > 0) {
            return refuse(RegistryImporter::tr(
                              "%1 already holds a registry of %n patient(s); add --append to "
                              "add patients to it, or --replace to replace them",
                              nullptr,
                              int(store.patientCount()))
                              .arg(RegistryStore::displayLocation(request.databasePath)));
        }
        result = importInto(store, csv, csvInfo.fileName(), request.mode, request.mapping);
        store.close();
    }
    if (result.outcome != ImportReport::Outcome::Imported && !existed
        && !RegistryStore::isServerLocation(request.databasePath)) {
        QFile::remove(request.databasePath);
        QFile::remove(request.databasePath + QStringLiteral("-journal"));
    }
    return result;
}

} // namespace CohortLens
