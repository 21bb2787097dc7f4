#include "InvoiceListModel.h"

#include "storage/InvoiceRepository.h"

#include "domain/PagoPaNotice.h"

#include <QColor>

namespace ascolto {

InvoiceListModel::InvoiceListModel(Database& db, Session session, const Clock& clock,
                                   QString debtorId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_debtorId(std::move(debtorId))
{
    reload();
}

void InvoiceListModel::reload()
{
    beginResetModel();
    m_rows = InvoiceRepository(m_db, m_clock).forDebtor(m_session, m_debtorId, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvoiceListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void InvoiceListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const InvoiceRecord& last = m_rows.constLast();
    const auto more = InvoiceRepository(m_db, m_clock)
                          .forDebtor(m_session, m_debtorId, PageSize, last.dueDate, last.id);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InvoiceRecord& r = m_rows.at(index.row());
    const QLocale locale;
    if (role == InvoiceIdRole)
        return r.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Amount:
            return r.amount.cents();
        case Paid:
            return r.paid.cents();
        case Outstanding:
            return r.outstanding().cents();
        case DueDate:
            return r.dueDate;
        case Receipt:
            return r.receiptConfirmed;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return r.number;
        case IssueDate:
            return locale.toString(r.issueDate, QLocale::ShortFormat);
        case DueDate:
            return locale.toString(r.dueDate, QLocale::ShortFormat);
        case Amount:
            return r.amount.format(locale);
        case Paid:
            return r.paid.format(locale);
        case Outstanding:
            return r.outstanding().isZero() ? tr("paid") : r.outstanding().format(locale);
        case PagoPa:
            return PagoPaNotice::formatted(r.pagopaNotice);
        case Delivery:
            if (r.deliveryChannel == QLatin1String("email"))
                return tr("e-mail");
            if (r.deliveryChannel == QLatin1String("pec"))
                return tr("certified e-mail");
            if (r.deliveryChannel == QLatin1String("app"))
                return tr("app");
            return tr("post");
        case Receipt:
            return r.receiptConfirmed ? tr("confirmed") : tr("not confirmed");
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Amount || index.column() == Paid || index.column() == Outstanding))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == DueDate && r.outstanding() > Money() &&
        r.dueDate < m_clock.today())
        return QColor(0xb3, 0x26, 0x1e);
    // A cell cut short by its column width shows its whole text on hover.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Bill");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Paid:
        return tr("Paid");
    case Outstanding:
        return tr("To pay");
    case PagoPa:
        return tr("PagoPA notice");
    case Delivery:
        return tr("Sent by");
    case Receipt:
        return tr("Receipt");
    }
    return {};
}

void RowListModel::setRows(const QStringList& headers, const QVector<QStringList>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

int RowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowListModel::data(const QModelIndex& index, int role) const
{
    // The tooltip is the whole text of a cell its column cuts short.
    if (!index.isValid() || index.row() >= m_rows.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant RowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ascolto
