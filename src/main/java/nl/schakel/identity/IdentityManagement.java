package nl.schakel.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.identity.domain.Account;
import nl.schakel.identity.domain.LoginThrottle;
import nl.schakel.identity.domain.PasswordPolicy;
import nl.schakel.identity.domain.RecoveryCodes;
import nl.schakel.identity.domain.SecretCipher;
import nl.schakel.identity.domain.Totp;
import nl.schakel.identity.persistence.AccountStore;
import nl.schakel.identity.persistence.ThrottleStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and login. Every check that decides who may do what with an account is here, and every change writes
 * its access-log row in the same transaction.
 */
@Service
public class IdentityManagement {

    /** OWASP password-storage minimum for Argon2id: 19 MiB memory, 2 iterations, 1 lane. */
    static final PasswordEncoder PASSWORDS = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    private static final String ISSUER = "Schakel";
    private static final int MIN_REASON_LENGTH = 10;

    private final AccountStore accounts;
    private final ThrottleStore throttle;
    private final AccessLog accessLog;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final SecretCipher secrets;
    /** Compared against when the username is unknown, so that both cases take equally long. */
    private final String dummyHash;

    IdentityManagement(
            AccountStore accounts,
            ThrottleStore throttle,
            AccessLog accessLog,
            FindByIndexNameSessionRepository<?> sessions,
            Clock clock,
            SecretKeys keys) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.accessLog = accessLog;
        this.sessions = sessions;
        this.clock = clock;
        this.passwordPolicy = new PasswordPolicy(loadCommonPasswords());
        this.secrets = new SecretCipher(keys.secretKey());
        this.dummyHash = PASSWORDS.encode(UUID.randomUUID().toString());
    }

    // ---------------------------------------------------------------- login

    /** The first factor. On success the actor has no second factor yet and may reach only the second-factor page. */
    @Transactional
    public LoginResult checkPassword(String username, String password, String address) {
        String userKey = key("user", username, address);
        String addressKey = key("address", "", address);
        Optional<Duration> wait = throttled(userKey, LoginThrottle.FREE_FAILURES)
                .or(() -> throttled(addressKey, LoginThrottle.FREE_FAILURES_PER_ADDRESS));
        Optional<Account> account = accounts.findByUsername(username);
        if (wait.isPresent()) {
            accessLog.recordDenial(loginEvent(account, Outcome.GEWEIGERD).purpose("te veel pogingen"));
            return new LoginResult.Throttled(wait.get());
        }
        boolean matches =
                PASSWORDS.matches(password, account.map(Account::passwordHash).orElse(dummyHash));
        Optional<Membership> membership =
                account.flatMap(a -> accounts.memberships(a.id()).stream().findFirst());
        if (account.isEmpty() || !matches || !account.get().enabled() || membership.isEmpty()) {
            recordFailure(userKey);
            recordFailure(addressKey);
            accessLog.recordDenial(loginEvent(account, Outcome.MISLUKT));
            return new LoginResult.Failed();
        }
        throttle.reset(userKey);
        Actor actor = actor(account.get(), membership.get());
        accessLog.record(
                AccessEvent.by(actor, "identity.login.password", ActionCode.E).on("account", actor.userId()));
        return new LoginResult.Accepted(actor);
    }

    public boolean secondFactorEnrolled(UserId user) {
        return accounts.find(user).map(Account::secondFactorEnrolled).orElse(false);
    }

    /** The second factor: a code from the authenticator app. On success the actor carries the time it was given. */
    @Transactional
    public LoginResult checkSecondFactor(Actor actor, String code) {
        return checkFactor(actor, "identity.login.totp", account -> {
            if (!account.secondFactorEnrolled()) {
                return false;
            }
            OptionalLong step =
                    Totp.verify(secrets.decrypt(account.totpSecret()), code, clock.instant(), account.totpLastStep());
            return step.isPresent() && accounts.useTotpStep(account.id(), step.getAsLong());
        });
    }

    /** The second factor by a one-time recovery code, for when the app is lost. */
    @Transactional
    public LoginResult checkRecoveryCode(Actor actor, String code) {
        return checkFactor(
                actor,
                "identity.login.recovery-code",
                account -> account.secondFactorEnrolled()
                        && accounts.useRecoveryCode(account.id(), RecoveryCodes.hash(code), clock.instant()));
    }

    private LoginResult checkFactor(Actor actor, String event, java.util.function.Predicate<Account> check) {
        String key = key("factor", actor.userId().toString(), "");
        Optional<Duration> wait = throttled(key, LoginThrottle.FREE_FAILURES);
        if (wait.isPresent()) {
            accessLog.recordDenial(AccessEvent.by(actor, event, ActionCode.E).purpose("te veel pogingen"));
            return new LoginResult.Throttled(wait.get());
        }
        Optional<Account> account = accounts.find(actor.userId()).filter(Account::enabled);
        if (account.isEmpty() || !check.test(account.get())) {
            recordFailure(key);
            accessLog.recordDenial(AccessEvent.by(actor, event, ActionCode.E).outcome(Outcome.MISLUKT));
            return new LoginResult.Failed();
        }
        throttle.reset(key);
        Actor verified = actor.withSecondFactorAt(clock.instant());
        accessLog.record(AccessEvent.by(verified, event, ActionCode.E).on("account", actor.userId()));
        return new LoginResult.Accepted(verified);
    }

    /** A new secret for the user to scan; nothing is stored until {@link #completeEnrolment}. */
    public Enrolment startEnrolment(Actor actor) {
        String secret = Totp.newSecret();
        return new Enrolment(secret, QrCodes.svg(Totp.uri(ISSUER, actor.username(), secret)));
    }

    /**
     * Stores the second factor once the user proves with a first code that the app has it, and returns new recovery
     * codes to show once.
     */
    @Transactional
    public List<String> completeEnrolment(Actor actor, String secret, String code) {
        Account account = accounts.find(actor.userId()).orElseThrow(() -> new NotFoundException("account"));
        if (account.secondFactorEnrolled()) {
            throw new InvalidInputException("code", "tweedefactor.fout.alingesteld");
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            accessLog.recordDenial(AccessEvent.by(actor, "identity.second-factor.enrol", ActionCode.U)
                    .outcome(Outcome.MISLUKT));
            throw new InvalidInputException("code", "tweedefactor.fout.code");
        }
        accounts.enrolTotp(actor.userId(), secrets.encrypt(secret), step.getAsLong(), clock.instant());
        List<String> codes = RecoveryCodes.generate();
        accounts.replaceRecoveryCodes(
                actor.userId(), codes.stream().map(RecoveryCodes::hash).toList());
        accessLog.record(AccessEvent.by(actor, "identity.second-factor.enrol", ActionCode.U)
                .on("account", actor.userId()));
        return codes;
    }

    /** Logs the logout and ends every session of the user, on every node. */
    @Transactional
    public void logout(Actor actor) {
        accessLog.record(AccessEvent.by(actor, "identity.logout", ActionCode.E).on("account", actor.userId()));
        endAllSessions(actor.username());
    }

    // ---------------------------------------------------------------- accounts

    /**
     * Creates an account with its first membership. The platformbeheerder creates the first beheerder of a tenant;
     * a beheerder creates members of their own tenant.
     */
    @Transactional
    public UserId createAccount(Actor by, NewAccount request) {
        authoriseAccountCreation(by, request);
        UserId id = insertAccount(request, null);
        accessLog.record(AccessEvent.by(by, "identity.account.create", ActionCode.C)
                .on("account", id)
                .tenant(request.tenantId() == null ? by.tenantId() : request.tenantId())
                .segment("rol " + request.role()));
        return id;
    }

    /** Creates an account as the system does at start-up (demo data): with a second factor already set up. */
    @Transactional
    public UserId createSystemAccount(NewAccount request, String totpSecret) {
        UserId id = insertAccount(request, totpSecret);
        accessLog.record(AccessEvent.anonymous("identity.account.create", ActionCode.C, Outcome.GESLAAGD)
                .on("account", id)
                .tenant(request.tenantId())
                .purpose("demogegevens"));
        return id;
    }

    /** Validates and stores the account with its first membership; a second factor only for system accounts. */
    private UserId insertAccount(NewAccount request, @org.jspecify.annotations.Nullable String totpSecret) {
        validate(request);
        Account account = new Account(
                UserId.random(),
                request.username().strip(),
                request.displayName().strip(),
                PASSWORDS.encode(request.password()),
                totpSecret == null ? null : secrets.encrypt(totpSecret),
                totpSecret == null ? null : clock.instant(),
                0,
                true,
                false);
        accounts.insert(account, clock.instant());
        accounts.insertMembership(
                new Membership(
                        UUID.randomUUID(),
                        account.id(),
                        request.tenantId(),
                        request.teamId(),
                        request.role(),
                        request.beroepscluster()),
                clock.instant());
        return account.id();
    }

    public boolean usernameTaken(String username) {
        return accounts.usernameTaken(username);
    }

    /** The members of the beheerder's own tenant; reading the list is logged. */
    @Transactional
    public List<MemberView> members(Actor by, TenantId tenant) {
        requireBeheerderOf(by, tenant, "identity.member.list");
        accessLog.record(
                AccessEvent.by(by, "identity.member.list", ActionCode.R).on("tenant", tenant));
        return membersOf(tenant);
    }

    /**
     * The members of a tenant with their names and roles, for choosing a colleague within the own tenant (no client
     * data, so not logged). Callers decide who may ask; the organisation module offers this to members of the tenant.
     */
    public List<MemberView> membersOf(TenantId tenant) {
        return accounts.membersOf(tenant);
    }

    /**
     * One member of a tenant as {@link #membersOf} gives them (their first membership there), or empty for someone who
     * is not a member; two queries whatever the tenant's size (the home page asks it on every view, ADR-0035).
     */
    public Optional<MemberView> memberOf(TenantId tenant, UserId member) {
        return accounts.memberships(member).stream()
                .filter(m -> tenant.equals(m.tenantId()))
                .findFirst()
                .flatMap(m -> accounts.find(member).map(a -> memberView(a, m)));
    }

    private static MemberView memberView(Account a, Membership m) {
        return new MemberView(
                a.id(),
                a.username(),
                a.displayName(),
                m.role(),
                m.teamId(),
                m.beroepscluster(),
                a.enabled(),
                a.secondFactorEnrolled());
    }

    /**
     * Removes a member's second factor (lost phone), with a reason that goes into the access log. The member sets up
     * a new one at the next login; all their sessions end now.
     */
    @Transactional
    public void resetSecondFactor(Actor by, UserId member, String reason) {
        Account account = memberOfOwnTenant(by, member, "identity.second-factor.reset");
        if (reason.strip().length() < MIN_REASON_LENGTH) {
            throw new InvalidInputException("reden", "lid.fout.reden");
        }
        accounts.clearTotp(member);
        accessLog.record(AccessEvent.by(by, "identity.second-factor.reset", ActionCode.U)
                .on("account", member)
                .purpose(reason.strip()));
        endAllSessions(account.username());
    }

    /**
     * Changes a member's role, team and beroepscluster within the beheerder's own tenant. The member's sessions end,
     * so the new role applies from the next login.
     */
    @Transactional
    public void changeMembership(
            Actor by,
            UserId member,
            nl.schakel.shared.TenantKind tenantKind,
            Role role,
            nl.schakel.shared.@org.jspecify.annotations.Nullable TeamId team,
            nl.schakel.shared.@org.jspecify.annotations.Nullable Beroepscluster cluster) {
        Account account = memberOfOwnTenant(by, member, "identity.membership.change");
        if (!role.fitsTenant(tenantKind)) {
            throw new InvalidInputException("rol", "lid.fout.rol");
        }
        if (by.userId().equals(member) && role != by.role()) {
            throw new InvalidInputException("rol", "lid.fout.eigenrol");
        }
        accounts.updateMembership(new Membership(UUID.randomUUID(), member, by.tenantId(), team, role, cluster));
        accessLog.record(AccessEvent.by(by, "identity.membership.change", ActionCode.U)
                .on("account", member)
                .segment("rol " + role));
        endAllSessions(account.username());
    }

    /** Blocks or unblocks a member; blocking ends all their sessions at once. */
    @Transactional
    public void setEnabled(Actor by, UserId member, boolean enabled) {
        Account account = memberOfOwnTenant(by, member, "identity.account.enable");
        if (by.userId().equals(member) && !enabled) {
            throw new InvalidInputException("", "lid.fout.zelfblokkeren");
        }
        accounts.setEnabled(member, enabled);
        accessLog.record(
                AccessEvent.by(by, enabled ? "identity.account.enable" : "identity.account.disable", ActionCode.U)
                        .on("account", member));
        if (!enabled) {
            endAllSessions(account.username());
        }
    }

    /** Ends every session of a user on every node (the sessions live in the database). */
    public void endAllSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    // ---------------------------------------------------------------- helpers

    private void authoriseAccountCreation(Actor by, NewAccount request) {
        boolean platformCreatesBeheerder =
                by.hasRole(Role.PLATFORMBEHEERDER) && request.role() == Role.BEHEERDER && request.tenantId() != null;
        boolean beheerderCreatesMember = by.hasRole(Role.BEHEERDER)
                && request.tenantId() != null
                && request.tenantId().equals(by.tenantId())
                && request.role() != Role.PLATFORMBEHEERDER;
        if (!platformCreatesBeheerder && !beheerderCreatesMember) {
            accessLog.recordDenial(AccessEvent.by(by, "identity.account.create", ActionCode.C));
            throw new AccessDeniedException("identity.account.create");
        }
    }

    private void validate(NewAccount request) {
        Map<String, String> errors = problemsWith(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * What is wrong with a new account (field name to message key), without saving anything, so that a form can
     * show all its errors at once.
     */
    public Map<String, String> problemsWith(NewAccount request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = request.username().strip();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,39}")) {
            errors.put("gebruikersnaam", "lid.fout.gebruikersnaam");
        } else if (accounts.usernameTaken(username)) {
            errors.put("gebruikersnaam", "lid.fout.gebruikersnaambezet");
        }
        String name = request.displayName().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("naam", "lid.fout.naam");
        }
        passwordPolicy
                .check(request.password(), username)
                .ifPresent(refusal -> errors.put("wachtwoord", refusal.messageKey()));
        boolean fits = request.role() == Role.PLATFORMBEHEERDER
                ? request.tenantId() == null
                : request.tenantKind() != null && request.role().fitsTenant(request.tenantKind());
        if (!fits) {
            errors.put("rol", "lid.fout.rol");
        }
        return errors;
    }

    private void requireBeheerderOf(Actor by, TenantId tenant, String event) {
        if (!by.hasRole(Role.BEHEERDER) || !tenant.equals(by.tenantId())) {
            accessLog.recordDenial(AccessEvent.by(by, event, ActionCode.R).on("tenant", tenant));
            throw new NotFoundException("tenant");
        }
    }

    /**
     * The account of a member of the beheerder's own tenant; anyone else is "not found" (and logged, also for the
     * member's own organisation, ADR-0021).
     */
    private Account memberOfOwnTenant(Actor by, UserId member, String event) {
        List<Membership> memberships = accounts.memberships(member);
        boolean ownMember = by.hasRole(Role.BEHEERDER)
                && by.tenantId() != null
                && memberships.stream().anyMatch(m -> by.tenantId().equals(m.tenantId()));
        Optional<Account> account = ownMember ? accounts.find(member) : Optional.empty();
        if (account.isEmpty()) {
            throw refused(by, member, event, ActionCode.U);
        }
        return account.get();
    }

    /**
     * A member of the tenant, for a facade that acts on one (the training register, the signal-only setting); anyone
     * else is "not found", and the attempt is logged as refused, for the member's own organisation as well
     * (ADR-0021, ADR-0042).
     */
    public MemberView memberOfOrRefuse(Actor by, TenantId tenant, UserId member, String event, ActionCode action) {
        return memberOf(tenant, member).orElseThrow(() -> refused(by, member, event, action));
    }

    /** Logs a refused attempt on a member, for the member's organisation too, and gives the "not found" to throw. */
    private NotFoundException refused(Actor by, UserId member, String event, ActionCode action) {
        accessLog.recordDenial(AccessEvent.by(by, event, action)
                .on("account", member)
                .ownedBy(accounts.ownerOf(member.value()).orElse(null)));
        return new NotFoundException("account");
    }

    private static Actor actor(Account account, Membership membership) {
        return new Actor(
                account.id(),
                account.username(),
                account.displayName(),
                membership.role(),
                membership.tenantId(),
                membership.teamId(),
                membership.beroepscluster(),
                null);
    }

    private AccessEvent loginEvent(Optional<Account> account, Outcome outcome) {
        AccessEvent event = AccessEvent.anonymous("identity.login.password", ActionCode.E, outcome);
        return account.map(a -> new AccessEvent(
                        event.event(),
                        event.action(),
                        outcome,
                        a.id(),
                        a.username(),
                        null,
                        null,
                        null,
                        "account",
                        a.id().toString(),
                        null,
                        null,
                        null))
                .orElse(event);
    }

    private Optional<Duration> throttled(String key, int freeFailures) {
        Instant now = clock.instant();
        return throttle.find(key)
                .map(f -> LoginThrottle.waitBefore(f.count(), f.last(), now, freeFailures))
                .filter(wait -> !wait.isZero());
    }

    private void recordFailure(String key) {
        Instant now = clock.instant();
        throttle.recordFailure(key, now, now.minus(LoginThrottle.MEMORY));
    }

    /** Throttle keys are hashes: the table holds no usernames or addresses in clear. */
    private static String key(String kind, String who, String address) {
        return RecoveryCodes.hash(kind + "|" + who.strip().toLowerCase(java.util.Locale.ROOT) + "|" + address);
    }

    private static java.util.Set<String> loadCommonPasswords() {
        try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing", e);
        }
    }
}
