#pragma once

#include <QString>

class Database;

// One all-or-nothing unit of writes. The outermost one is BEGIN IMMEDIATE (so a
// writer never fails half-way on a lock upgrade); nested ones are savepoints.
// Whatever is not committed is rolled back when the object goes away.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);

    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};
