package de.lokalwillkommen.guidance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    List<Article> findAllByOrderByTopicAscPositionAscSlugAsc();

    List<Article> findByPublishedTrueOrderByTopicAscPositionAscSlugAsc();
}

interface TranslationRepository extends JpaRepository<Translation, Long> {

    Optional<Translation> findByArticleIdAndLanguage(long articleId, String language);

    List<Translation> findByArticleId(long articleId);

    List<Translation> findByArticleIdIn(Collection<Long> articleIds);
}
