using Microsoft.Data.Sqlite;
using Dapper;
using System.Data.Common;
using Planner.Data;

namespace Planner.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_empty_database_gets_every_migration_in_order_and_a_second_run_changes_nothing()
    {
        var db = new Db(Path.Combine(_folder, "planner.db"));
        var applied = new Migrator(db).Upgrade();
        Assert.Equal(Migrator.Scripts, applied);
        Assert.Empty(new Migrator(db).Upgrade());

        await using var c = await db.OpenAsync();
        Assert.Equal("wal", await c.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(Migrator.Scripts.Count, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions"));
        Assert.Equal(1, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'QRTZ_TRIGGERS'"));
    }

    [Fact]
    public async Task A_database_of_the_previous_version_upgrades_in_place_keeping_its_data()
    {
        var db = new Db(Path.Combine(_folder, "planner.db"));
        var previous = Migrator.Scripts[^2];
        new Migrator(db).Upgrade(upTo: previous);
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES ('KAZ', 'state', 'Kazakhstan', 'Казахстан', '哈萨克斯坦')");
        }

        var applied = new Migrator(db).Upgrade();
        Assert.Equal([Migrator.Scripts[^1]], applied);
        await using var after = await db.OpenAsync();
        Assert.Equal("Казахстан", await after.ExecuteScalarAsync<string>("SELECT name_ru FROM party WHERE code = 'KAZ'"));
    }

    [Fact]
    public async Task A_database_of_the_first_version_upgrades_to_the_latest()
    {
        var db = new Db(Path.Combine(_folder, "planner.db"));
        new Migrator(db).Upgrade(upTo: Migrator.Scripts[0]);
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES ('UZB', 'state', 'Uzbekistan', 'Узбекистан', '乌兹别克斯坦')");
        }

        Assert.Equal(Migrator.Scripts.Skip(1), new Migrator(db).Upgrade());
        await using var after = await db.OpenAsync();
        Assert.Equal("6,7", await after.ExecuteScalarAsync<string>("SELECT weekend FROM party WHERE code = 'UZB'"));
    }

    [Fact]
    public async Task Queued_messages_survive_the_move_of_their_bodies_out_of_the_outbox_row()
    {
        var db = new Db(Path.Combine(_folder, "planner.db"));
        new Migrator(db).Upgrade(upTo: "0007_users.sql");
        var mime = "Subject: 40th meeting\r\n\r\nInvitation"u8.ToArray();
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync(
                """
                INSERT INTO venue (id, name, city, country, time_zone) VALUES (1, 'Palace of Independence', 'Astana', 'Kazakhstan', 'Asia/Almaty');
                INSERT INTO event (id, kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at)
                VALUES (1, 'council', '40th meeting', '40-е заседание', '第四十次会议', 1, '2023-09-08T10:00:00', '2023-09-08T17:00:00', 1694145600, 1694170800);
                INSERT INTO outbox (id, message_id, event_id, kind, language, recipients, subject, mime, queued_at, next_attempt_at)
                VALUES (7, '<a@planner>', 1, 'invitation', 'ru', '[]', '40th meeting', @mime, 0, 0);
                """, new { mime });
        }

        Assert.Equal(["0008_outbox_body.sql"], new Migrator(db).Upgrade().Take(1));
        await using var after = await db.OpenAsync();
        Assert.Equal(mime, await after.ExecuteScalarAsync<byte[]>("SELECT mime FROM outbox_body WHERE outbox_id = 7"));
        Assert.Equal("queued", await after.ExecuteScalarAsync<string>("SELECT state FROM outbox WHERE id = 7"));
        Assert.Equal(0, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_table_info('outbox') WHERE name = 'mime'"));
    }
}
