// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace CohortLens {

// How an export ended: written, or why not, in words for people.
struct ExportResult
{
    enum class Status {
        Written,
        // The file could not be created: its folder is missing, is not a folder or cannot
        // be written to. Nothing was written; an existing file is unchanged.
        CannotCreate,
        // Writing failed on the way (disk full, an I/O error, a renderer refusing the
        // device). Nothing was written; an existing file is unchanged.
        WriteFailed,
    };

    Status status = Status::Written;
    QString message; // empty when written

    [[nodiscard]] bool ok() const { return status == Status::Written; }
    [[nodiscard]] static ExportResult failed(Status status, const QString &message)
    {
        return {status, message};
    }
};

// A file written whole or not at all (QSaveFile: a temporary file in the same folder,
// renamed over the target on commit()), with messages that say which folder or file is
// the problem. Every export of the program goes through it.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ExportFile)

public:
    explicit ExportFile(const QString &path);
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    // Why `path` cannot be written to, checked before any work: a missing folder, a
    // "folder" that is a file, a folder without write permission, a path that is a folder.
    // Empty when it looks writable (the write itself can still fail).
    [[nodiscard]] static QString folderProblem(const QString &path);

    // Opens the temporary file; false with result() telling why.
    bool open();
    [[nodiscard]] QIODevice *device() { return m_file.get(); }
    // Marks the write as failed (a renderer could not draw into the device): commit() then
    // writes nothing.
    void fail(const QString &reason);
    // Renames the finished file into place; the outcome of the whole export.
    ExportResult commit();
    [[nodiscard]] ExportResult result() const { return m_result; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    ExportResult m_result;
};

} // namespace CohortLens
