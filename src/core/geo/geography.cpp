#include "geo/geography.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace cdr {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open resource " + path.toStdString());
    return file.readAll();
}

GeoRing parseRing(const QJsonArray &coordinates)
{
    GeoRing ring;
    ring.reserve(static_cast<std::size_t>(coordinates.size()));
    for (const auto &position : coordinates) {
        const QJsonArray lonLat = position.toArray();
        ring.push_back({lonLat.at(1).toDouble(), lonLat.at(0).toDouble()});
    }
    return ring;
}

GeoPolygon parsePolygon(const QJsonArray &rings)
{
    GeoPolygon polygon;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        if (i == 0)
            polygon.outer = parseRing(rings.at(i).toArray());
        else
            polygon.holes.push_back(parseRing(rings.at(i).toArray()));
    }
    return polygon;
}

std::vector<GeoPolygon> parseGeometry(const QJsonObject &geometry)
{
    std::vector<GeoPolygon> polygons;
    const QString type = geometry.value("type").toString();
    const QJsonArray coordinates = geometry.value("coordinates").toArray();
    if (type == "Polygon") {
        polygons.push_back(parsePolygon(coordinates));
    } else if (type == "MultiPolygon") {
        for (const auto &polygon : coordinates)
            polygons.push_back(parsePolygon(polygon.toArray()));
    }
    return polygons;
}

std::vector<std::pair<std::string, std::vector<GeoPolygon>>> parseFeatures(const QByteArray &json)
{
    std::vector<std::pair<std::string, std::vector<GeoPolygon>>> features;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const auto &feature : root.value("features").toArray()) {
        const QJsonObject object = feature.toObject();
        features.emplace_back(object.value("properties").toObject().value("name").toString().toStdString(),
                              parseGeometry(object.value("geometry").toObject()));
    }
    return features;
}

// Even-odd rule: a point is inside when a ray crosses the rings (outer and holes) an odd number of times.
bool ringCrossings(const GeoRing &ring, double lat, double lon)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > lat) != (b.lat > lat)) {
            const double crossLon = a.lon + (lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (lon < crossLon)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

const Geography &Geography::instance()
{
    static const Geography geography;
    return geography;
}

Geography::Geography()
{
    for (auto &[name, polygons] : parseFeatures(readResource(":/data/belgium.geojson")))
        m_belgium.insert(m_belgium.end(), polygons.begin(), polygons.end());
    for (auto &[name, polygons] : parseFeatures(readResource(":/data/neighbours.geojson")))
        m_neighbours.push_back({name, std::move(polygons)});

    const QList<QByteArray> lines = readResource(":/data/be_places.csv").split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (fields.size() < 4)
            continue;
        m_places.push_back({fields.at(0).toStdString(), fields.at(1).toDouble(), fields.at(2).toDouble(),
                            fields.at(3).toInt()});
    }
    if (m_belgium.empty() || m_places.empty())
        throw std::runtime_error("geography resources are empty");
    spdlog::debug("Geography: {} border polygons, {} neighbours, {} places", m_belgium.size(), m_neighbours.size(),
                  m_places.size());
}

bool Geography::insideBelgium(double lat, double lon) const
{
    for (const GeoPolygon &polygon : m_belgium) {
        bool inside = ringCrossings(polygon.outer, lat, lon);
        if (!inside)
            continue;
        for (const GeoRing &hole : polygon.holes)
            if (ringCrossings(hole, lat, lon))
                inside = false;
        if (inside)
            return true;
    }
    return false;
}

GeoPoint Geography::southWest() const
{
    GeoPoint sw{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (const GeoPolygon &polygon : m_belgium)
        for (const GeoPoint &p : polygon.outer) {
            sw.lat = std::min(sw.lat, p.lat);
            sw.lon = std::min(sw.lon, p.lon);
        }
    return sw;
}

GeoPoint Geography::northEast() const
{
    GeoPoint ne{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const GeoPolygon &polygon : m_belgium)
        for (const GeoPoint &p : polygon.outer) {
            ne.lat = std::max(ne.lat, p.lat);
            ne.lon = std::max(ne.lon, p.lon);
        }
    return ne;
}

} // namespace cdr
