#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ascolto::PrivateFile {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ascolto::PrivateFile", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// Writes all of data to fd; false on error (errno says why).
bool writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

} // namespace

Status makeFolder(const QString& dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList missing;
    for (QString d = absolute; !QFileInfo::exists(d); d = QFileInfo(d).path()) {
        missing.prepend(d);
        if (QFileInfo(d).path() == d)
            break;
    }
    for (const QString& d : std::as_const(missing)) {
        if (::mkdir(native(d).constData(), 0700) != 0 && errno != EEXIST)
            return Status::failure(
                tr("Cannot create the folder %1: %2").arg(shown(d), lastError()));
        // The umask may have removed bits; it never adds any, so 0700 is what remains.
        ::chmod(native(d).constData(), 0700);
    }
    if (!QFileInfo(absolute).isDir())
        return Status::failure(tr("%1 is not a folder.").arg(shown(absolute)));
    return Status::success();
}

Status checkTarget(const QString& path)
{
    struct stat st;
    if (::lstat(native(path).constData(), &st) != 0)
        return errno == ENOENT
                   ? Status::success()
                   : Status::failure(tr("Cannot write %1: %2").arg(shown(path), lastError()));
    if (S_ISLNK(st.st_mode))
        return Status::failure(tr("%1 is a symbolic link: Ascolto does not write through links, "
                                  "so that a link left there cannot send the data elsewhere. "
                                  "Remove it or choose another name.")
                                   .arg(shown(path)));
    if (!S_ISREG(st.st_mode))
        return Status::failure(
            tr("%1 is not a regular file (a folder, a device or a pipe): Ascolto writes only "
               "regular files. Choose another name.")
                .arg(shown(path)));
    return Status::success();
}

Status restrict(const QString& path)
{
    if (::chmod(native(path).constData(), 0600) != 0)
        return Status::failure(tr("Cannot make %1 private: %2").arg(shown(path), lastError()));
    return Status::success();
}

Status create(const QString& path)
{
    if (Status s = makeFolder(QFileInfo(path).absolutePath()); !s)
        return s;
    const int fd = ::open(native(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Status::failure(tr("%1 already exists.").arg(shown(path)));
        return Status::failure(tr("Cannot create %1: %2").arg(shown(path), lastError()));
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok ? Status::success()
              : Status::failure(tr("Cannot make %1 private: %2").arg(shown(path), lastError()));
}

Status write(const QString& path, const QByteArray& data)
{
    if (Status s = checkTarget(path); !s)
        return s;
    const QFileInfo info(path);
    if (Status s = makeFolder(info.absolutePath()); !s)
        return s;
    QByteArray temporary = native(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                  QStringLiteral(".XXXXXX"));
    // mkstemp creates the file 0600 with O_EXCL: nothing planted can be opened instead.
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return Status::failure(tr("Cannot write %1: %2").arg(shown(path), lastError()));
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, data) && ::fsync(fd) == 0;
    const QString why = written ? QString() : lastError();
    ::close(fd);
    if (!written || ::rename(temporary.constData(), native(path).constData()) != 0) {
        const QString reason = written ? lastError() : why;
        ::unlink(temporary.constData());
        return Status::failure(tr("Cannot write %1: %2").arg(shown(path), reason));
    }
    return Status::success();
}

} // namespace ascolto::PrivateFile
