using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// Sign-ins kept on the server (table <c>sign_in</c>): each sign-in cookie carries a random id, of which only the
/// SHA-256 is stored. The cookie is accepted only while its row exists; signing out deletes the row, so the cookie
/// (or a copy of it) stops working at once rather than when it would expire. Rows older than the longest a cookie
/// lives are removed at each new sign-in.
/// </summary>
public sealed class SignInStore(Db db, IClock clock)
{
    /// <summary>The claim carrying the sign-in's id in the cookie.</summary>
    public const string ClaimType = "planner:sign-in";

    /// <summary>How long a row may live: longer than any cookie (8 h, sliding) is renewed in practice.</summary>
    private static readonly Duration Longest = Duration.FromDays(30);

    /// <summary>Records a new sign-in of <paramref name="userId"/>; returns the id the cookie carries.</summary>
    public Task<string> StartAsync(long userId, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetCurrentInstant();
        return db.WriteAsync(async (c, tx) =>
        {
            await c.ExecuteAsync("DELETE FROM sign_in WHERE created_at < @old", new { old = Sql.Seconds(now - Longest) }, tx);
            await c.ExecuteAsync("INSERT INTO sign_in (id_hash, user_id, created_at) VALUES (@hash, @userId, @now)",
                new { hash = Hash(id), userId, now = Sql.Seconds(now) }, tx);
            return id;
        }, cancellationToken);
    }

    /// <summary>Whether the sign-in <paramref name="principal"/> carries is still open for <paramref name="userId"/>.</summary>
    public async Task<bool> IsOpenAsync(ClaimsPrincipal principal, long userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimType);
        return id is { Length: > 0 and < 100 } && await db.ReadAsync(c => c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sign_in WHERE id_hash = @hash AND user_id = @userId", new { hash = Hash(id), userId }), cancellationToken) == 1;
    }

    /// <summary>Ends the sign-in <paramref name="principal"/> carries (nothing when it carries none).</summary>
    public async Task EndAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        if (principal?.FindFirstValue(ClaimType) is not { Length: > 0 and < 100 } id)
            return;
        await db.WriteAsync((c, tx) => c.ExecuteAsync("DELETE FROM sign_in WHERE id_hash = @hash", new { hash = Hash(id) }, tx), cancellationToken);
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
