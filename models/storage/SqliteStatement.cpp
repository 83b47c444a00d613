#include "storage/SqliteStatement.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement()
    : m_statement(nullptr, sqlite3_finalize)
{
}

SqliteStatement::~SqliteStatement() = default;

bool SqliteStatement::prepare(Database &db, const QString &sql)
{
    m_statement.reset();
    m_db = db.nativeHandle();
    if (!m_db) {
        m_error = SqlErrorText::tr("The database driver is not SQLite's.");
        return false;
    }
    sqlite3_stmt *raw = nullptr;
    const int code = sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * sizeof(QChar)), &raw, nullptr);
    m_statement.reset(raw);
    if (code != SQLITE_OK)
        return failed(code);
    m_text.fill(QByteArray(), sqlite3_bind_parameter_count(raw));
    return true;
}

bool SqliteStatement::bind(int index, const QVariant &value)
{
    sqlite3_stmt *statement = m_statement.get();
    if (!statement || index < 0 || index >= m_text.size()) {
        m_error = SqlErrorText::tr("No such parameter: %1.").arg(index);
        return false;
    }
    int code = SQLITE_MISMATCH;
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
        code = sqlite3_bind_null(statement, index + 1);
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            code = sqlite3_bind_int64(statement, index + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(statement, index + 1, value.toDouble());
            break;
        case QMetaType::QString:
            // UTF-8 as the database keeps it: SQLite would convert UTF-16 itself, slower.
            m_text[index] = value.toString().toUtf8();
            code = sqlite3_bind_text(statement, index + 1, m_text[index].isNull() ? "" : m_text[index].constData(),
                                     int(m_text[index].size()), SQLITE_STATIC);
            break;
        default:
            m_error = SqlErrorText::tr("A value of type %1 cannot be stored.").arg(QString::fromLatin1(value.typeName()));
            return false;
        }
    }
    return code == SQLITE_OK || failed(code);
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_statement)
        return Step::Error;
    const int code = sqlite3_step(m_statement.get());
    if (code == SQLITE_ROW)
        return Step::Row;
    if (code == SQLITE_DONE)
        return Step::Done;
    failed(code);
    sqlite3_reset(m_statement.get());
    return Step::Error;
}

bool SqliteStatement::exec()
{
    const Step result = step();
    reset();
    return result != Step::Error;
}

void SqliteStatement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement.get());
}

qint64 SqliteStatement::int64At(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement.get(), column) : 0;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteStatement::failed(int code)
{
    const int extended = m_db && (sqlite3_extended_errcode(m_db) & 0xff) == (code & 0xff) ? sqlite3_extended_errcode(m_db)
                                                                                          : code;
    const QString sentence = SqlErrorText::forCode(extended);
    m_error = !sentence.isEmpty() ? sentence
                                  : (m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code)));
    return false;
}
