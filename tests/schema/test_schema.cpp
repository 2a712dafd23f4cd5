#include "model/schema.h"

#include <QTest>

class TestSchema : public QObject {
    Q_OBJECT
private slots:
    void headerListsTheSeedColumnsInOrder()
    {
        QCOMPARE(QString::fromStdString(cdr::csvHeader()),
                 QStringLiteral("id,caller,callee,start_time,duration,type,status,imei_caller,imei_receiver,"
                                "operator_code_emission,antenna_id_emission,antenna_type_emission,"
                                "antenna_lat_emission,antenna_lon_emission,antenna_altitude_emission,"
                                "antenna_id_reception,antenna_type_reception,antenna_lat_reception,"
                                "antenna_lon_reception,antenna_altitude_reception,operator_code_reception,"
                                "caller_lat_home,caller_lon_home"));
    }
    void indexesNameExistingColumns()
    {
        for (const auto &index : cdr::kCdrIndexes) {
            bool found = false;
            for (const auto &column : cdr::kCdrColumns)
                found = found || column.name == index.column;
            QVERIFY2(found, std::string(index.column).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
