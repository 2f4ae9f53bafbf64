using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Planner.Data;
using Planner.Feeds;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Data;

/// <summary>
/// Queries name the member each column fills: no global setting matches <c>title_en</c> to <c>TitleEn</c>, and in
/// the tests a column that fills nothing fails its query (<see cref="StrictTypeMap"/>). PostgreSQL folds unquoted
/// names to lower case, which still fill members and constructor parameters.
/// </summary>
public sealed class TypeMapTests
{
    [Fact]
    public async Task A_snake_case_column_fills_no_member_and_fails_the_query_naming_the_column()
    {
        _ = new Db(Path.Combine(Path.GetTempPath(), "planner-tests", "unopened.db"));
        Assert.False(DefaultTypeMap.MatchNamesWithUnderscores);
        await using var c = new SqliteConnection("Data Source=:memory:");
        await c.OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            c.QueryAsync<WaitingInvitation>("SELECT 7 AS EventId, 'Council' AS title_en"));
        Assert.Contains("'title_en'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(WaitingInvitation), error.Message, StringComparison.Ordinal);

        var named = Assert.Single(await c.QueryAsync<WaitingInvitation>("SELECT 7 AS EventId, 'Council' AS TitleEn"));
        Assert.Equal((7, "Council"), (named.EventId, named.TitleEn));
    }

    [Fact]
    public async Task Names_folded_to_lower_case_by_PostgreSQL_fill_properties_and_constructor_parameters()
    {
        await using var c = new NpgsqlConnection(PostgresCluster.Instance.AdminConnectionString);
        await c.OpenAsync();

        var waiting = await c.QuerySingleAsync<WaitingInvitation>("SELECT 7::bigint AS EventId, 'Council' AS TitleEn, 'KAZ' AS PartyCode");
        Assert.Equal((7, "Council", "KAZ"), (waiting.EventId, waiting.TitleEn, waiting.PartyCode));

        var feed = await c.QuerySingleAsync<CreatedFeed>("SELECT 3::bigint AS Id, 'ops' AS Name, 'https://planner.example/feed' AS Url");
        Assert.Equal(new CreatedFeed(3, "ops", "https://planner.example/feed"), feed);
    }
}
