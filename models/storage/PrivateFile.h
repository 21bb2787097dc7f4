#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

// Files that hold people's debts are the firm's and nobody else's on the machine: every
// store, export, report, letter, bundle and outbox message Ascolto writes is created
// owner-only (0600) in folders it creates owner-only (0700), whatever the umask, and is
// never written through a symbolic link or onto something that is not a regular file (a
// link planted at an export's name must not redirect it; `--export-bundle /dev/null` must
// not replace the device). One home for these rules; every writer goes through it.
namespace ascolto::PrivateFile {

// Creates the missing folders of `dir` as 0700 (folders that exist are left as they are).
Status makeFolder(const QString& dir);

// Fails, saying why, when something other than a regular file sits at `path` (a symbolic
// link, a folder, a device, a pipe). Nothing there, or a regular file, is fine.
Status checkTarget(const QString& path);

// Makes a file Ascolto wrote owner-only (0600).
Status restrict(const QString& path);

// Creates an empty 0600 file at `path`, which must not exist yet, without following a link:
// for writers that fill the file themselves (SQLite creates a store's -wal and -shm files
// with the store's own mode, so a store created this way stays private).
Status create(const QString& path);

// Writes `data` to `path` atomically: a 0600 temporary file in the same folder, flushed to
// disk, then renamed over the target (which checkTarget must accept). The folder is made
// with makeFolder when missing.
Status write(const QString& path, const QByteArray& data);

} // namespace ascolto::PrivateFile
