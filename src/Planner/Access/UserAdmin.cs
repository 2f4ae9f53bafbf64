using Dapper;
using Microsoft.AspNetCore.Identity;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Access;

/// <summary>A web user as an administrator sees them.</summary>
public sealed record UserAccount(long Id, string Name, Role Role, Instant CreatedAt, Instant? DisabledAt, long Version);

/// <summary>
/// What administrators change about web users: role, password, disabled or not. Every change names the version it was
/// read at (409 when stale), and none may leave Planner without an enabled administrator (409, code <c>user.lastAdmin</c>).
/// </summary>
public sealed class UserAdmin(Db db, IClock clock)
{
    private static readonly Table Users = new("app_user", "user");
    private static readonly PasswordHasher<string> Hasher = new();

    private sealed class Row
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public long CreatedAt { get; init; }

        public long? DisabledAt { get; init; }

        public long Version { get; init; }
    }

    /// <summary>Every user, by name.</summary>
    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<UserAccount>>(async c => (await c.QueryAsync<Row>(
                "SELECT id, name, role, created_at AS CreatedAt, disabled_at AS DisabledAt, version FROM app_user ORDER BY name")).Select(r =>
                new UserAccount(r.Id, r.Name, TokenStore.ParseRole(r.Role), Instant.FromUnixTimeSeconds(r.CreatedAt),
                    r.DisabledAt is { } d ? Instant.FromUnixTimeSeconds(d) : null, r.Version)).ToList(),
            cancellationToken);

    /// <summary>Gives the user another role; refused when it would take away the last enabled administrator.</summary>
    public Task ChangeRoleAsync(long id, string? role, long version, CancellationToken cancellationToken = default)
    {
        var parsed = TokenStore.TryParseRole(role) ?? throw PlannerException.Invalid("role", "role is one of admin, planner, viewer, controller.", ErrorCode.RoleUnknown);
        return db.WriteAsync(async (c, tx) =>
        {
            if (parsed != Role.Admin)
                await EnsureAnotherAdminAsync(c, tx, id);
            await c.ChangeAsync(tx, Users, id, version, "UPDATE app_user SET role = @role, version = version + 1 WHERE id = @id AND version = @version",
                new { id, version, role = TokenStore.RoleName(parsed) });
            return 0;
        }, cancellationToken);
    }

    /// <summary>Sets a new password (at least <see cref="UserStore.MinPasswordLength"/> characters).</summary>
    public Task ResetPasswordAsync(long id, string? password, long version, CancellationToken cancellationToken = default)
    {
        if (password is not { Length: >= UserStore.MinPasswordLength })
            throw PlannerException.Of(ErrorKind.Invalid, "password", ErrorCode.PasswordTooShort,
                $"The password has at least {UserStore.MinPasswordLength} characters.", ("min", UserStore.MinPasswordLength));
        return db.WriteAsync(async (c, tx) =>
        {
            var name = await c.ExecuteScalarAsync<string?>("SELECT name FROM app_user WHERE id = @id", new { id }, tx) ?? throw PlannerException.NotFound("user", id);
            await c.ChangeAsync(tx, Users, id, version, "UPDATE app_user SET password_hash = @hash, version = version + 1 WHERE id = @id AND version = @version",
                new { id, version, hash = Hasher.HashPassword(name, password) });
            return 0;
        }, cancellationToken);
    }

    /// <summary>Disables (<paramref name="disabled"/>) or enables the user; the last enabled administrator is not disabled.</summary>
    public Task SetDisabledAsync(long id, bool disabled, long version, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
        {
            if (disabled)
                await EnsureAnotherAdminAsync(c, tx, id);
            await c.ChangeAsync(tx, Users, id, version,
                "UPDATE app_user SET disabled_at = @at, version = version + 1 WHERE id = @id AND version = @version",
                new { id, version, at = disabled ? clock.GetCurrentInstant().ToUnixTimeSeconds() : (long?)null });
            return 0;
        }, cancellationToken);

    private static async Task EnsureAnotherAdminAsync(DbConnection c, DbTransaction tx, long id)
    {
        await Locks.TakeAsync(c, tx, WriteLock.Users);
        var others = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM app_user WHERE role = 'admin' AND disabled_at IS NULL AND id <> @id", new { id }, tx);
        var isAdmin = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM app_user WHERE id = @id AND role = 'admin' AND disabled_at IS NULL", new { id }, tx) > 0;
        if (isAdmin && others == 0)
            throw PlannerException.Of(ErrorKind.Conflict, "id", ErrorCode.UserLastAdmin, "This is the last administrator; make another user an administrator first.");
    }
}
