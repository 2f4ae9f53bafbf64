using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// Where ASP.NET Core Data Protection keeps its keys (which sign the sign-in cookie and the anti-forgery tokens): the
/// table <c>data_protection_key</c>, so that every host of one database reads the same keys and a cookie issued by one
/// host is accepted by all. Keys are only ever added; Data Protection retires old ones by their dates.
/// </summary>
/// <remarks>
/// The first time the table is read empty, keys an earlier version kept in <paramref name="legacyFolder"/>
/// (<c>&lt;DataDirectory&gt;/keys/key-*.xml</c>) are copied in, so cookies issued before the upgrade stay valid.
/// Two hosts storing a key at once both keep theirs (their names differ); a name stored twice keeps the first.
/// Data Protection calls this synchronously, rarely (at start and when it makes or misses a key).
/// </remarks>
public sealed class DatabaseXmlRepository(Db db, IClock clock, string? legacyFolder = null) : IXmlRepository
{
    private const string Insert =
        "INSERT INTO data_protection_key (friendly_name, xml, created_at) VALUES (@name, @xml, @now) ON CONFLICT (friendly_name) DO NOTHING";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var rows = Read();
        if (rows.Count == 0 && ImportLegacy() > 0)
            rows = Read();
        return rows.Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }

    private List<string> Read() =>
        db.ReadAsync(async c => (await c.QueryAsync<string>("SELECT xml FROM data_protection_key ORDER BY created_at, friendly_name")).ToList())
            .GetAwaiter().GetResult();

    private void Store(string name, string xml) =>
        db.WriteAsync((c, tx) => c.ExecuteAsync(Insert, new { name, xml, now = Sql.Seconds(clock.GetCurrentInstant()) }, tx))
            .GetAwaiter().GetResult();

    private int ImportLegacy()
    {
        if (legacyFolder is null || !Directory.Exists(legacyFolder))
            return 0;
        var files = Directory.GetFiles(legacyFolder, "key-*.xml");
        foreach (var file in files)
            Store(Path.GetFileNameWithoutExtension(file), XElement.Load(file).ToString(SaveOptions.DisableFormatting));
        return files.Length;
    }
}
