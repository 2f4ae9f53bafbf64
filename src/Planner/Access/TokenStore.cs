using System.Security.Cryptography;
using System.Text;
using Dapper;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// API tokens. A token is shown once, when created; only its SHA-256 hash is stored,
/// so a copy of the database does not give access.
/// </summary>
public sealed class TokenStore(Db db, IClock clock)
{
    private const string Prefix = "pl_";

    public sealed record TokenInfo(long Id, string Name, Role Role, Instant CreatedAt);

    public sealed record CreatedToken(long Id, string Name, Role Role, string Token);

    /// <summary>Creates a token; the returned secret cannot be read again.</summary>
    public Task<CreatedToken> CreateAsync(string name, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return db.WriteAsync(async (c, tx) =>
        {
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO api_token (name, role, token_hash, created_at)
                VALUES (@name, @role, @hash, @createdAt) RETURNING id
                """,
                new { name = name.Trim(), role = RoleName(role), hash = Hash(secret), createdAt = clock.GetCurrentInstant().ToUnixTimeSeconds() },
                tx);
            return new CreatedToken(id, name.Trim(), role, secret);
        }, cancellationToken);
    }

    /// <summary>The token's name and role, or null if the token is unknown.</summary>
    public Task<TokenInfo?> FindAsync(string secret, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<(long Id, string Name, string Role, long CreatedAt)?>(
                "SELECT id, name, role, created_at FROM api_token WHERE token_hash = @hash",
                new { hash = Hash(secret) });
            return row is { } r ? new TokenInfo(r.Id, r.Name, ParseRole(r.Role), Instant.FromUnixTimeSeconds(r.CreatedAt)) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<TokenInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<TokenInfo>>(async c =>
            (await c.QueryAsync<(long Id, string Name, string Role, long CreatedAt)>(
                "SELECT id, name, role, created_at FROM api_token ORDER BY id"))
            .Select(r => new TokenInfo(r.Id, r.Name, ParseRole(r.Role), Instant.FromUnixTimeSeconds(r.CreatedAt)))
            .ToList(), cancellationToken);

    /// <summary>
    /// Revokes a token; false if there was none with that id. Refused with 409: the token making the request
    /// (<paramref name="callerId"/>; another admin token revokes it), and the last admin token, without which
    /// nobody could manage tokens (a database trigger holds this too).
    /// </summary>
    public Task<bool> RevokeAsync(long id, long? callerId = null, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Users, async (c, tx) =>
        {
            var role = await c.ExecuteScalarAsync<string?>("SELECT role FROM api_token WHERE id = @id", new { id }, tx);
            if (role is null)
                return false;
            if (id == callerId)
                throw PlannerException.Conflict("id", "A token cannot revoke itself; revoke it with another admin token.", ErrorCode.TokenRevokeSelf);
            if (role == "admin" && await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_token WHERE role = 'admin'", transaction: tx) == 1)
                throw PlannerException.Conflict("id", "The last admin token cannot be revoked; create another admin token first.", ErrorCode.TokenLastAdmin);
            return await c.ExecuteAsync("DELETE FROM api_token WHERE id = @id", new { id }, tx) == 1;
        }, cancellationToken);

    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();

    public static Role ParseRole(string text) => Enum.Parse<Role>(text, ignoreCase: true);

    /// <summary>Parses a role name as a person types it; null if it is none of admin, planner, viewer, controller.</summary>
    public static Role? TryParseRole(string? text) =>
        Enums.TryParse<Role>(text);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
