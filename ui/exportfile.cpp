// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QDir>
#include <QFileInfo>

namespace CohortLens {

ExportFile::ExportFile(const QString &path)
    : m_path(path)
{}

ExportFile::~ExportFile() = default;

QString ExportFile::folderProblem(const QString &path)
{
    if (path.isEmpty())
        return tr("no file name was given");
    const QFileInfo file(path);
    if (file.isDir())
        return tr("%1 is a folder; give a file name").arg(QDir::toNativeSeparators(path));
    const QString folder = file.absolutePath();
    const QFileInfo dir(folder);
    if (!dir.exists()) {
        // A file somewhere up the path makes the "folder" impossible, not just missing.
        QFileInfo up(folder);
        while (!up.exists() && up.absolutePath() != up.absoluteFilePath())
            up.setFile(up.absolutePath());
        if (up.exists() && !up.isDir())
            return tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(up.filePath()));
        return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
    }
    if (!dir.isDir())
        return tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder));
    if (!dir.isWritable())
        return tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder));
    if (file.exists() && !file.isWritable())
        return tr("%1 is read-only").arg(QDir::toNativeSeparators(path));
    return {};
}

bool ExportFile::open()
{
    const QString problem = folderProblem(m_path);
    if (!problem.isEmpty()) {
        m_result = ExportResult::failed(ExportResult::Status::CannotCreate,
                                        tr("Cannot write %1: %2")
                                            .arg(QDir::toNativeSeparators(m_path), problem));
        return false;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_result = ExportResult::failed(ExportResult::Status::CannotCreate,
                                        tr("Cannot write %1: no file can be created in %2 (%3)")
                                            .arg(QDir::toNativeSeparators(m_path),
                                                 QDir::toNativeSeparators(
                                                     QFileInfo(m_path).absolutePath()),
                                                 m_file->errorString()));
        m_file.reset();
        return false;
    }
    m_result = {};
    return true;
}

void ExportFile::fail(const QString &reason)
{
    if (m_file)
        m_file->cancelWriting();
    if (m_result.ok())
        m_result = ExportResult::failed(ExportResult::Status::WriteFailed,
                                        tr("Writing %1 failed: %2")
                                            .arg(QDir::toNativeSeparators(m_path), reason));
}

ExportResult ExportFile::commit()
{
    if (!m_file)
        return m_result;
    if (!m_result.ok()) {
        m_file.reset(); // cancelled: the temporary file goes, the target stays as it was
        return m_result;
    }
    if (!m_file->commit())
        m_result = ExportResult::failed(ExportResult::Status::WriteFailed,
                                        tr("Writing %1 failed: %2")
                                            .arg(QDir::toNativeSeparators(m_path),
                                                 m_file->errorString()));
    m_file.reset();
    return m_result;
}

} // namespace CohortLens
