#include "postgresfacts.h"

#include <QFile>

std::map<QString, QString> readPostgresFacts()
{
    std::map<QString, QString> facts;
    QFile file(qEnvironmentVariable("CDRGEN_PG_FIXTURE"));
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            facts[QString::fromUtf8(line.left(equals))] = QString::fromUtf8(line.mid(equals + 1));
    }
    return facts;
}

QString postgresOdbcIni(const std::map<QString, QString> &pg)
{
    return QStringLiteral("[cdrgen_pg]\nDriver = PostgreSQL Unicode\nServername = %1\nPort = %2\nDatabase = %3\n")
        .arg(pg.at("PG_HOST"), pg.at("PG_PORT"), pg.at("PG_DATABASE"));
}

QSqlDatabase postgresConnection(const std::map<QString, QString> &pg, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
    db.setHostName(pg.at("PG_HOST"));
    db.setPort(pg.at("PG_PORT").toInt());
    db.setDatabaseName(pg.at("PG_DATABASE"));
    db.setUserName(pg.at("PG_USER"));
    db.setPassword(pg.at("PG_PASSWORD"));
    return db;
}
