#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ascolto {

// Outcome of an operation that can fail for a reason the operator must read.
// Storage and domain code return these instead of throwing or showing UI: the caller
// (ui/ or app/) decides how to present error(), which is already translated.
class Status
{
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(std::move(message), 0); }
    Result(const Status& failed)
        : m_error(failed.error())
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    Result(QString error, int)
        : m_error(std::move(error))
    {}
    std::optional<T> m_value;
    QString m_error;
};

} // namespace ascolto
