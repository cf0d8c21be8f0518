package org.masthead.engine.medium;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.Scope;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.masthead.engine.media.ImageResource;
import org.masthead.engine.media.ImageRow;
import org.masthead.engine.media.ImageService;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.SiteUrl;
import org.masthead.engine.web.Upload;
import org.masthead.engine.web.WebComponent;

/**
 * Medium's v1 API: {@code {"data": …}} on success, {@code {"errors":[{"message","code"}]}} on failure, 201 on
 * create, 400/401/403/404 as Medium documents them, and integration tokens with Medium's scopes.
 */
@Path("/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediumApiResource {

    /**
     * Medium's success envelope.
     *
     * @param data the answer
     */
    public record Data<T>(T data) {
    }

    /**
     * The signed-in user.
     *
     * @param id       public id
     * @param username username
     * @param name     display name
     * @param url      profile URL
     * @param imageUrl avatar URL, empty without one
     */
    public record User(String id, String username, String name, String url, String imageUrl) {
    }

    /**
     * A publication.
     *
     * @param id          public id
     * @param name        name
     * @param description tagline
     * @param url         home page URL
     * @param imageUrl    logo URL, empty without one
     */
    public record Publication(String id, String name, String description, String url, String imageUrl) {
    }

    /**
     * A contributor, with Medium's two roles (the owner counts as an editor).
     *
     * @param publicationId publication
     * @param userId        user
     * @param role          {@code editor} or {@code writer}
     */
    public record Contributor(String publicationId, String userId, String role) {
    }

    /**
     * A post to create, with Medium's fields.
     *
     * @param title           title (over 100 characters: synthesized from the content)
     * @param contentFormat   {@code html} or {@code markdown}
     * @param content         body
     * @param tags            tags (the first three of at most 25 characters are used)
     * @param canonicalUrl    original URL
     * @param publishStatus   {@code public} (default), {@code draft} or {@code unlisted}
     * @param license         license name
     * @param notifyFollowers whether to mail the followers about a public post (not for imports with publishedAt)
     * @param publishedAt     original publication time, for imports (ISO 8601)
     */
    public record PostRequest(String title, String contentFormat, String content, List<String> tags,
                              String canonicalUrl, String publishStatus, String license, Boolean notifyFollowers,
                              Instant publishedAt) {
    }

    /**
     * A created post, with Medium's fields.
     *
     * @param id            public id
     * @param title         title
     * @param authorId      author
     * @param tags          tags
     * @param url           post URL
     * @param canonicalUrl  canonical URL, if any
     * @param publishStatus {@code public}, {@code draft} or {@code unlisted}
     * @param publishedAt   publication time in epoch milliseconds, absent for drafts
     * @param license       license name
     * @param licenseUrl    license URL
     * @param publicationId publication, for publication posts
     */
    public record Post(String id, String title, String authorId, List<String> tags, String url, String canonicalUrl,
                       String publishStatus, Long publishedAt, String license, String licenseUrl,
                       String publicationId) {
    }

    /**
     * An uploaded image, as Medium answers.
     *
     * @param url its absolute URL
     * @param md5 the MD5 of the uploaded file, in hex
     */
    public record Image(String url, String md5) {
    }

    private final UserService users;
    private final PublicationService publications;
    private final MediumPostService posts;
    private final ImageService images;
    private final Provider<SiteUrl> site;

    @Inject
    public MediumApiResource(UserService users, PublicationService publications, MediumPostService posts,
                             ImageService images, Provider<SiteUrl> site) {
        this.users = users;
        this.publications = publications;
        this.posts = posts;
        this.images = images;
        this.site = site;
    }

    @GET
    @Path("me")
    public Data<User> me(@Context SecurityContext context) {
        CurrentUser current = AuthFilter.requireUser(context, Scope.BASIC_PROFILE);
        UserRow user = users.byId(current.id()).orElseThrow(ApiException::unauthorized);
        return new Data<>(new User(user.publicId(), user.username(), user.displayName(),
                site.get().of("/@" + user.username()),
                images.path(user.avatarImageId()).map(path -> site.get().of(path)).orElse("")));
    }

    @GET
    @Path("users/{userId}/publications")
    public Data<List<Publication>> publications(@PathParam("userId") String userId, @Context SecurityContext context) {
        CurrentUser current = AuthFilter.requireUser(context, Scope.LIST_PUBLICATIONS);
        requireSelf(current, userId);
        return new Data<>(publications.ofUser(current.id()).stream().map(row -> new Publication(row.publicId(),
                row.name(), row.tagline(), site.get().of("/" + row.slug()), "")).toList());
    }

    @GET
    @Path("publications/{publicationId}/contributors")
    public Data<List<Contributor>> contributors(@PathParam("publicationId") String publicationId,
                                                @Context SecurityContext context) {
        AuthFilter.requireUser(context, Scope.LIST_PUBLICATIONS);
        return new Data<>(publications.contributors(publicationId).stream()
                .map(row -> new Contributor(publicationId, row.userId(),
                        row.memberRole().equals("WRITER") ? "writer" : "editor"))
                .toList());
    }

    @POST
    @Path("users/{authorId}/posts")
    public Response createUserPost(@PathParam("authorId") String authorId, PostRequest request,
                                   @Context SecurityContext context) {
        CurrentUser author = AuthFilter.requireUser(context, Scope.PUBLISH_POST);
        requireSelf(author, authorId);
        return created(posts.create(author, request, null));
    }

    @POST
    @Path("publications/{publicationId}/posts")
    public Response createPublicationPost(@PathParam("publicationId") String publicationId, PostRequest request,
                                          @Context SecurityContext context) {
        CurrentUser author = AuthFilter.requireUser(context, Scope.PUBLISH_POST);
        return created(posts.createInPublication(author, publicationId, request));
    }

    @POST
    @Path("images")
    @Upload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@FormDataParam(ImageResource.FIELD) InputStream image,
                                @Context SecurityContext context) throws IOException {
        CurrentUser owner = AuthFilter.requireUser(context, Scope.UPLOAD_IMAGE);
        byte[] bytes = ImageResource.bytes(image);
        ImageRow stored = images.upload(owner, bytes);
        return Response.status(201).entity(new Data<>(new Image(site.get().of(stored.path()), md5(bytes)))).build();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private Response created(StoryService.Story story) {
        String status = switch (story.row().storyStatus()) {
            case PUBLISHED -> "public";
            case UNLISTED -> "unlisted";
            default -> "draft";
        };
        Post post = new Post(story.row().publicId(), story.row().title(), story.author().publicId(), story.tags(),
                site.get().of(story.card().path()), story.row().canonicalUrl(), status,
                story.row().storyStatus().isReadable() ? story.row().firstPublishedAt().toEpochMilli() : null,
                story.license().wireName(), story.license().url(), story.publication());
        return Response.status(201).entity(new Data<>(post)).build();
    }

    private static void requireSelf(CurrentUser current, String userId) {
        if (!current.publicId().equals(userId.toLowerCase(Locale.ROOT))) {
            throw ApiException.forbidden("the token's user can act only as themselves");
        }
    }
}
