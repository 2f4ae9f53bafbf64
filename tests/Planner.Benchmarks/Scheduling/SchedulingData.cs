using Dapper;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Planner.Data;

namespace Planner.Benchmarks.Scheduling;

/// <summary>
/// Builds (once, cached under the temp folder) a real Planner database with a given number of
/// bookings: 100 people booked per event drawn from a pool of 20 per event, at 50 venues, three of
/// 30 states taking part in each. The calendar is as busy at every size (about one event starting
/// every three days), so a larger database covers more years rather than crowding the same ones.
/// </summary>
internal static class SchedulingData
{
    public const int BookingsPerEvent = 100;

    public static Db Open(int bookings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"scheduling-{bookings}.db");
        if (!File.Exists(path))
            Build(path, bookings);
        return new Db(path);
    }

    private static void Build(string path, int bookings)
    {
        var building = path + ".building";
        File.Delete(building);
        var db = new Db(building);
        new Migrator(db).Upgrade();
        var random = new Random(42);
        var events = bookings / BookingsPerEvent;
        var people = events * 20;
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection(db.ConnectionString + ";Foreign Keys=False"))
        {
            c.Open();
            using var tx = c.BeginTransaction();
            for (var p = 1; p <= 30; p++)
            {
                c.Execute("INSERT INTO party (id, code, kind, name_en, name_ru, name_zh) VALUES (@p, @code, 'state', @code, @code, @code)",
                    new { p, code = $"S{p:D2}" }, tx);
                c.Execute("INSERT INTO party_status (party_id, status, valid_from) VALUES (@p, 'member', '2001-01-01')", new { p }, tx);
            }

            for (var v = 1; v <= 50; v++)
                c.Execute("INSERT INTO venue (id, name, city, country, time_zone) VALUES (@v, @name, @name, 'X', 'Asia/Tashkent')", new { v, name = $"City {v}" }, tx);

            using var person = c.CreateCommand();
            person.Transaction = tx;
            person.CommandText = "INSERT INTO person (id, name_en, name_ru, name_zh, party_id) VALUES ($id, $name, $name, $name, $party)";
            var pid = person.Parameters.Add("$id", SqliteType.Integer);
            var pname = person.Parameters.Add("$name", SqliteType.Text);
            var pparty = person.Parameters.Add("$party", SqliteType.Integer);
            for (var i = 1; i <= people; i++)
            {
                pid.Value = i;
                pname.Value = $"Person {i}";
                pparty.Value = 1 + (i % 30);
                person.ExecuteNonQuery();
            }

            using var ev = c.CreateCommand();
            ev.Transaction = tx;
            ev.CommandText =
                """
                INSERT INTO event (id, kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at, status)
                VALUES ($id, 'workshop', $title, $title, $title, $venue, $startLocal, $endLocal, $start, $end, 'planned')
                """;
            var eid = ev.Parameters.Add("$id", SqliteType.Integer);
            var etitle = ev.Parameters.Add("$title", SqliteType.Text);
            var evenue = ev.Parameters.Add("$venue", SqliteType.Integer);
            var elocal = ev.Parameters.Add("$startLocal", SqliteType.Text);
            var eend = ev.Parameters.Add("$endLocal", SqliteType.Text);
            var estart = ev.Parameters.Add("$start", SqliteType.Integer);
            var eendAt = ev.Parameters.Add("$end", SqliteType.Integer);

            using var booking = c.CreateCommand();
            booking.Transaction = tx;
            booking.CommandText = "INSERT INTO booking (person_id, event_id, venue_id, role, start_at, end_at) VALUES ($person, $event, $venue, 'delegate', $start, $end)";
            var bperson = booking.Parameters.Add("$person", SqliteType.Integer);
            var bevent = booking.Parameters.Add("$event", SqliteType.Integer);
            var bvenue = booking.Parameters.Add("$venue", SqliteType.Integer);
            var bstart = booking.Parameters.Add("$start", SqliteType.Integer);
            var bend = booking.Parameters.Add("$end", SqliteType.Integer);

            var first = new DateTime(2000, 1, 1, 4, 0, 0, DateTimeKind.Utc);
            var span = events * 3;
            for (var e = 1; e <= events; e++)
            {
                var start = first.AddDays(random.Next(span)).AddHours(random.Next(0, 4));
                var end = start.AddDays(1).AddHours(8);
                var venue = random.Next(1, 51);
                eid.Value = e;
                etitle.Value = $"Event {e}";
                evenue.Value = venue;
                elocal.Value = start.AddHours(5).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
                eend.Value = end.AddHours(5).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
                estart.Value = new DateTimeOffset(start).ToUnixTimeSeconds();
                eendAt.Value = new DateTimeOffset(end).ToUnixTimeSeconds();
                ev.ExecuteNonQuery();

                var chosen = new HashSet<int>();
                while (chosen.Count < BookingsPerEvent)
                    chosen.Add(random.Next(1, people + 1));
                foreach (var p in chosen)
                {
                    bperson.Value = p;
                    bevent.Value = e;
                    bvenue.Value = venue;
                    bstart.Value = estart.Value;
                    bend.Value = eendAt.Value;
                    booking.ExecuteNonQuery();
                }

                foreach (var party in Enumerable.Range(1, 30).OrderBy(_ => random.Next()).Take(3))
                    c.Execute("INSERT INTO participation (event_id, party_id, role) VALUES (@e, @party, 'member')", new { e, party }, tx);
            }

            tx.Commit();
            c.Execute("ANALYZE;", commandType: System.Data.CommandType.Text);
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
            File.Delete(building + suffix);
    }
}
