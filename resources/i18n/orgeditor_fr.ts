<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../orgeditor/ui/structure_actions.py" line="+97"/>
        <source>Structure</source>
        <comment>Add an ASG for some regions, reporting to DPPA and DPO, with a first division</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structure</source>
        <comment>&amp;Move To…</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <comment>Move the selected unit, or its whole branch, under another unit</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structure</source>
        <comment>Mer&amp;ge Units…</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <comment>Merge the selected units into one that continues them</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structure</source>
        <comment>S&amp;plit Unit…</comment>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <comment>Split the selected unit into new units that continue it</comment>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <location filename="../../orgeditor/ui/file_watch.py" line="+76"/>
        <source>Reload</source>
        <extracomment>Files larger than this are compared by size and time only (never read twice).</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{file}” was deleted or moved on disk. Keep yours (Save writes it again).</source>
        <translation>« {file} » a été supprimé ou déplacé sur le disque. Gardez votre version (Enregistrer l’écrira de nouveau).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” changed on disk. Reload it (your unsaved changes will be lost), or keep yours (Save will overwrite the file).</source>
        <translation>« {file} » a changé sur le disque. Rechargez-le (vos modifications non enregistrées seront perdues) ou gardez votre version (Enregistrer écrasera le fichier).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{file}” changed on disk. Reload it, or keep yours (Save will overwrite the file).</source>
        <translation>« {file} » a changé sur le disque. Rechargez-le ou gardez votre version (Enregistrer écrasera le fichier).</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../orgeditor/ui/compare_actions.py" line="+40"/>
        <source>Compare variants</source>
        <extracomment>The title of the file dialog of File ▸ Compare Variants… (translated when shown). The title of the file dialog of File ▸ Compare with… (translated when shown).</extracomment>
        <translation>Comparer des variantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No baseline</source>
        <translation>Pas de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This chart names no baseline. Set one in the chart&apos;s properties (the variant it is compared with), or use File ▸ Compare with….</source>
        <translation>Cet organigramme n’indique pas de référence. Indiquez-en une dans les propriétés de l’organigramme (la variante à laquelle il est comparé) ou utilisez Fichier ▸ Comparer avec….</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the baseline</source>
        <translation>Impossible d’ouvrir la référence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least two variants to compare (the open chart counts as one once it is saved to a file).</source>
        <translation>Choisissez au moins deux variantes à comparer (l’organigramme ouvert compte pour une dès qu’il est enregistré dans un fichier).</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../../orgeditor/ui/docks/conflicts.py" line="+399"/>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value of {what}, as text; leave it empty for none:</source>
        <translation>La valeur de {what}, en texte ; laissez vide pour aucune :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of {what}, as in the chart file (YAML); leave it empty for none:</source>
        <translation>La valeur de {what}, comme dans le fichier de l’organigramme (YAML) ; laissez vide pour aucune :</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location line="-354"/>
        <source>{unit} (missions)</source>
        <extracomment>Fields edited as plain text (one line, or several for notes and descriptions).</extracomment>
        <translation>{unit} (missions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} (non-mission)</source>
        <translation>{unit} (hors missions)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{total} in all</source>
        <translation>{total} au total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no such unit)</source>
        <translation>(entité inexistante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no link)</source>
        <translation>(aucun lien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no such group)</source>
        <translation>(groupe inexistant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the chart as it is and drop the conflict</source>
        <translation>Laisser l’organigramme tel quel et abandonner le conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put THEIRS&apos; value in place (THEIRS deleted it: delete it)</source>
        <translation>Mettre en place la valeur de LEUR version (s’ils l’ont supprimée : la supprimer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the value you want</source>
        <translation>Écrire la valeur voulue</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No conflicts to resolve</source>
        <translation>Aucun conflit à résoudre</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ours (now)</source>
        <translation>La nôtre (actuelle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../orgeditor/ui/departure_dialog.py" line="+47"/>
        <source>Record as a departure</source>
        <translation>Consigner comme dérogation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart departs from this rule on purpose, by a later decision. Its finding for these units is then reported as a note.</source>
        <translation>L’organigramme déroge volontairement à cette règle, en vertu d’une décision ultérieure. Le constat pour ces entités est alors signalé comme une remarque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Special political missions led by DPPA</source>
        <translation>p. ex. Missions politiques spéciales dirigées par le DPPA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. GA res 72/262 C</source>
        <translation>p. ex. Résolution 72/262 C de l’Assemblée générale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units:</source>
        <translation>Entités :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citation:</source>
        <translation>&amp;Référence :</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../orgeditor/ui/documents.py" line="+50"/>
        <source>the 2017 proposal</source>
        <extracomment>A recent-files entry longer than this is not a path (hand-edited or damaged settings). File ▸ New from Template: the shipped charts offered first, and what a copy of each is &quot;from&quot; (translated when shown).</extracomment>
        <translation>la proposition de 2017</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 2017 baseline</source>
        <translation>la référence de 2017</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 2019 implementation</source>
        <translation>la mise en œuvre de 2019</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Org charts (*.yaml *.yml);;All files (*)</source>
        <translation>Organigrammes (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open chart</source>
        <translation>Ouvrir un organigramme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart as</source>
        <translation>Enregistrer l’organigramme sous</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved. Save them?</source>
        <translation>« {name} » comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled — from {template}</source>
        <translation>Sans titre — d’après {template}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Closed; File ▸ New from Template or Open to go on</source>
        <translation>Fermé ; Fichier ▸ Nouveau à partir d’un modèle ou Ouvrir pour continuer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No templates</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No shipped chart was found.</source>
        <translation>Aucun organigramme fourni n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {template} ({file})</source>
        <translation>D’après {template} ({file})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New chart from a template</source>
        <translation>Nouvel organigramme à partir d’un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} ships with orgeditor: opened as an untitled copy</source>
        <translation>{file} est fourni avec orgeditor : ouvert comme copie sans titre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: error: {reason}</source>
        <translation>{path} : erreur : {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open chart</source>
        <translation>Impossible d’ouvrir l’organigramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a valid chart; nothing was changed.</source>
        <translation>{file} n’est pas un organigramme valide ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save under another name</source>
        <translation>Enregistrer sous un autre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ships with orgeditor and is never overwritten. Choose another name for your chart.</source>
        <translation>{file} est fourni avec orgeditor et n’est jamais écrasé. Choisissez un autre nom pour votre organigramme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} ships with orgeditor and is never overwritten.</source>
        <translation>{file} est fourni avec orgeditor et n’est jamais écrasé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Cannot save chart</source>
        <translation>Impossible d’enregistrer l’organigramme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every unsaved change and reload “{file}”?</source>
        <translation>Abandonner toutes les modifications non enregistrées et recharger « {file} » ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reloaded {path}</source>
        <translation>{path} rechargé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard recovered edits</source>
        <translation>Abandonner les modifications récupérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the recovered edits? This cannot be undone.</source>
        <translation>Abandonner les modifications récupérées ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../orgeditor/ui/menus.py" line="+53"/>
        <source>All Line&amp;s</source>
        <extracomment>View ▸ scope entries: action name, text, scope, status tip (texts translated when shown).</extracomment>
        <translation>Toutes les lig&amp;nes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw every reporting line at full strength</source>
        <translation>Tracer toutes les lignes hiérarchiques à pleine intensité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mission Lines</source>
        <translation>Lignes des &amp;missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fade the reporting lines that do not count for missions</source>
        <translation>Estomper les lignes hiérarchiques qui ne valent pas pour les missions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Non-mission Lines</source>
        <translation>Lignes &amp;hors missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fade the reporting lines that do not count outside missions</source>
        <translation>Estomper les lignes hiérarchiques qui ne valent pas hors des missions</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Select one unit first</source>
        <translation>Sélectionnez d’abord une seule entité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report to</source>
        <translation>Relever de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{unit} reports to:</source>
        <translation>{unit} relève de :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a line from {unit} to:</source>
        <translation>Tracer une ligne de {unit} vers :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Org Chart Editor</source>
        <translation>Éditeur d’organigrammes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Design structure variants of the UN peace and security pillar and see at once which provisions of the Secretary-General&apos;s note of 11 September 2017 a draft breaks.&lt;/p&gt;&lt;p&gt;Shortcuts: arrows move between cards, F2 renames, Shift+drag draws a line, drag a card onto another to re-attach it, Ctrl+wheel zooms, middle button pans.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Concevez des variantes de structure du pilier Paix et sécurité de l’ONU et voyez aussitôt quelles dispositions de la note du Secrétaire général du 11 septembre 2017 un projet enfreint.&lt;/p&gt;&lt;p&gt;Raccourcis : les flèches passent d’une carte à l’autre, F2 renomme, Maj+glisser trace une ligne, glisser une carte sur une autre la rattache, Ctrl+molette zoome, le bouton du milieu déplace la vue.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the legend beside the chart</source>
        <translation>Afficher ou masquer la légende à côté de l’organigramme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time the editor starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’éditeur.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a copy of a shipped chart: the 2017 proposal or baseline, or the 2019 implementation</source>
        <translation>Partir d’une copie d’un organigramme fourni : la proposition ou la référence de 2017, ou la mise en œuvre de 2019</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert</source>
        <translation>Revenir à la version enre&amp;gistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the saved file</source>
        <translation>Recharger le fichier enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the chart (asking to save changes); on an empty chart, close the window</source>
        <translation>Fermer l’organigramme (en proposant d’enregistrer les modifications) ; sur un organigramme vide, fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare &amp;with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare wit&amp;h Revision…</source>
        <translation>Comparer avec une ré&amp;vision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the chart with a version of its file in git: HEAD, a branch or a commit</source>
        <translation>Comparer l’organigramme avec une version de son fichier dans git : HEAD, une branche ou un commit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare Varian&amp;ts…</source>
        <translation>Comparer des varian&amp;tes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weigh several variants against the note: provisions, totals and what changes</source>
        <translation>Évaluer plusieurs variantes au regard de la note : dispositions, totaux et changements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare with &amp;Baseline</source>
        <translation>Comparer avec la &amp;base de référence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Subordinate</source>
        <translation>A&amp;jouter un subordonné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a unit reporting to the selected unit</source>
        <translation>Ajouter une entité relevant de l’entité sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;port To…</source>
        <translation>Rattac&amp;her à…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change whom the selected unit reports to</source>
        <translation>Changer l’entité dont relève l’entité sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect To…</source>
        <translation>Rel&amp;ier à…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a reporting line or link from the selected unit (or Shift+drag)</source>
        <translation>Tracer une ligne hiérarchique ou un lien depuis l’entité sélectionnée (ou Maj+glisser)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw &amp;Lines</source>
        <translation>Tracer des &amp;lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from card to card to draw a reporting line or link</source>
        <translation>Glisser d’une carte à l’autre pour tracer une ligne hiérarchique ou un lien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Group from Selection</source>
        <translation>Nouveau &amp;groupe à partir de la sélection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;in / Unpin</source>
        <translation>É&amp;pingler / Désépingler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A re-layout keeps pinned cards where they are</source>
        <translation>Une nouvelle disposition laisse les cartes épinglées à leur place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ollapse / Expand Branch</source>
        <translation>Replier / &amp;Déplier la branche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>Sélectionner &amp;tout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-layout</source>
        <translation>Re&amp;disposer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the chart out again, keeping pinned cards</source>
        <translation>Disposer de nouveau l’organigramme, en gardant les cartes épinglées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trace Chain</source>
        <translation>&amp;Suivre la chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight the selected unit&apos;s chain for the settings chosen beside it (all settings: every chain its lines make)</source>
        <translation>Mettre en évidence la chaîne de l’entité sélectionnée pour les contextes choisis à côté (tous les contextes : toutes les chaînes que forment ses lignes)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;Note</source>
        <translation>La &amp;note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Secretary-General&apos;s note the rules cite</source>
        <translation>Lire la note du Secrétaire général que citent les règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings whose chains Trace Chain ({keys}) highlights</source>
        <translation>Les contextes dont Suivre la chaîne ({keys}) met les chaînes en évidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a unit by name, short name or id ({keys})</source>
        <translation>Rechercher une entité par nom, sigle ou identifiant ({keys})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../orgeditor/ui/structure_dialogs.py" line="+371"/>
        <source>Merge Units</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Fusionner :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a unit:</source>
        <translation>&amp;Ajouter une entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;En :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their reports, links and groups go to the merged unit; their posts are added up and it records the units it continues (formerly).</source>
        <translation>Leurs subordonnés, liens et groupes passent à l’entité fusionnée ; leurs postes sont additionnés et elle consigne les entités qu’elle continue (formerly).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a new unit</source>
        <translation>une nouvelle entité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit} (kept)</source>
        <translation>{unit} (conservée)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the merged unit&apos;s name</source>
        <translation>le nom de l’entité fusionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location line="-159"/>
        <source>Move Unit</source>
        <translation>Déplacer une entité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all settings (its only reporting line)</source>
        <translation>tous les contextes (sa seule ligne hiérarchique)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;under:</source>
        <translation>Déplacer &amp;sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{manager} for {scope}</source>
        <translation>{manager} pour {scope}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reports to {lines}</source>
        <translation>relève de {lines}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reports to no one</source>
        <translation>ne relève de personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its branch moves with it ({count} units below it)</source>
        <translation>Sa branche la suit ({count} entités en dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its branch moves with it (it has no units below it)</source>
        <translation>Sa branche la suit (aucune entité en dessous)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its branch moves with it</source>
        <translation>Sa branche la suit</translation>
    </message>
</context>
<context>
    <name>NewAsgDialog</name>
    <message>
        <location line="-161"/>
        <source>New Regional ASG</source>
        <translation>Nouveau Sous-Secrétaire général régional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An office headed by an Assistant Secretary-General with regional responsibilities, reporting to two departments for different settings.</source>
        <translation>Un bureau dirigé par un Sous-Secrétaire général à responsabilités régionales, relevant de deux départements selon les contextes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Antarctica (several: separate with commas)</source>
        <translation>p. ex. Antarctique (plusieurs : séparez-les par des virgules)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional, e.g. ASG Antarctica</source>
        <translation>facultatif, p. ex. SSG Antarctique</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>all settings</source>
        <translation>tous les contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a first division under it:</source>
        <translation>Ajouter une première division en dessous :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;to:</source>
        <translation>Relève &amp;de :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;And to:</source>
        <translation>&amp;Et de :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{region} is already a region of {unit}: the rules will say so.</source>
        <translation>{region} est déjà une région de {unit} : les règles le signaleront.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New to the chart&apos;s list of regions: {regions}.</source>
        <translation>Nouvelles dans la liste des régions de l’organigramme : {regions}.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../orgeditor/ui/structure_actions.py" line="-13"/>
        <source>Structure</source>
        <comment>New Regional &amp;ASG…</comment>
        <extracomment>The shortcuts of the structure actions (none is taken by another action of the window).</extracomment>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>RecoveredBar</name>
    <message>
        <location filename="../../orgeditor/ui/recovery.py" line="+65"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovered %n unsaved edit(s) of “{file}” after the editor stopped unexpectedly. Look it over, then save it (Save overwrites the file; Save As keeps both) or discard the recovered edits. Undo history was not recovered.</source>
        <translation>
            <numerusform>%n modification non enregistrée de « {file} » a été récupérée après l’arrêt inattendu de l’éditeur. Vérifiez-la, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
            <numerusform>%n modifications non enregistrées de « {file} » ont été récupérées après l’arrêt inattendu de l’éditeur. Vérifiez-les, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovered %n unsaved edit(s) of a document never saved after the editor stopped unexpectedly. Look it over, then save it (Save overwrites the file; Save As keeps both) or discard the recovered edits. Undo history was not recovered.</source>
        <translation>
            <numerusform>%n modification non enregistrée d’un document jamais enregistré a été récupérée après l’arrêt inattendu de l’éditeur. Vérifiez-la, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
            <numerusform>%n modifications non enregistrées d’un document jamais enregistré ont été récupérées après l’arrêt inattendu de l’éditeur. Vérifiez-les, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location line="+146"/>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” could not be rebuilt from its journal; the journal is kept in {path}.</source>
        <translation>« {title} » n’a pas pu être reconstitué à partir de son journal ; le journal est conservé dans {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location line="-189"/>
        <source>The editor did not close properly last time. These documents had edits that were not saved.

Recover opens a document as it was after its last edit, so you can look at it and save it (or save it elsewhere). Discard throws those edits away. Later asks again at the next start.

The edits come back, but not their undo history.</source>
        <extracomment>What the recovery dialog says (in English; shown translated).</extracomment>
        <translation>L’éditeur ne s’est pas fermé correctement la dernière fois. Ces documents comportaient des modifications non enregistrées.

Récupérer ouvre un document tel qu’il était après sa dernière modification, pour que vous puissiez le vérifier et l’enregistrer (ou l’enregistrer ailleurs). Abandonner supprime ces modifications. Plus tard reposera la question au prochain démarrage.

Les modifications reviennent, mais pas leur historique d’annulation.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last edit</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(never saved)</source>
        <translation>(jamais enregistré)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Throw away the unsaved edits of %n document(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Abandonner les modifications non enregistrées de %n document ? Cette action est irréversible.</numerusform>
            <numerusform>Abandonner les modifications non enregistrées de %n documents ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../orgeditor/ui/structure_dialogs.py" line="+194"/>
        <source>Split Unit</source>
        <translation>Scinder une entité</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;En :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units:</source>
        <translation>Nouvelles entités :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its reports go to:</source>
        <translation>Ses subordonnés passent à :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name of new unit {n}</source>
        <translation>nom de la nouvelle entité {n}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no units report to it)</source>
        <translation>(aucune entité n’en relève)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new unit {n}</source>
        <translation>nouvelle entité {n}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Each new unit records that it continues the unit split (formerly).</source>
        <translation>Chaque nouvelle entité consigne qu’elle continue l’entité scindée (formerly).</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location line="-435"/>
        <source>mission settings</source>
        <translation>contextes de mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-mission settings</source>
        <translation>contextes hors mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all settings</source>
        <translation>tous les contextes</translation>
    </message>
    <message>
        <location filename="../../orgeditor/commands/structure.py" line="+59"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Give the ASG at least one region.</source>
        <extracomment>The name of a first division under the ASG (None: no division).</extracomment>
        <translation>Donnez au moins une région au Sous-Secrétaire général.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A region is given twice.</source>
        <translation>Une région est indiquée deux fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the ASG at least one reporting line.</source>
        <translation>Donnez au moins une ligne hiérarchique au Sous-Secrétaire général.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two reporting lines go to the same unit.</source>
        <translation>Les deux lignes hiérarchiques mènent à la même entité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the unit each reporting line goes to.</source>
        <translation>Choisissez l’entité à laquelle mène chaque ligne hiérarchique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two reporting lines need different settings, neither of them all settings.</source>
        <translation>Deux lignes hiérarchiques exigent des contextes différents, aucun des deux n’étant « tous les contextes ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+170"/>
        <location line="+117"/>
        <source>A name is too long.</source>
        <translation>Un nom est trop long.</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Office of the Assistant Secretary-General for {region}</source>
        <translation>Bureau du Sous-Secrétaire général pour {region}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{region} Division</source>
        <translation>Division {region}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add ASG for {regions} with lines to {targets}</source>
        <translation>Ajouter un Sous-Secrétaire général pour {regions} relevant de {targets}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assistant Secretary-General for {region}</source>
        <translation>Sous-Secrétaire général pour {region}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the unit to move.</source>
        <extracomment>The scope of a move that replaces every reporting line of the unit by one.</extracomment>
        <translation>Choisissez l’entité à déplacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the unit it moves under.</source>
        <translation>Choisissez l’entité sous laquelle elle passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit cannot report to itself.</source>
        <translation>Une entité ne peut pas relever d’elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{manager} is below {unit}: a unit cannot report to its own branch.</source>
        <translation>{manager} se trouve sous {unit} : une entité ne peut pas relever de sa propre branche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{unit} already reports to {manager} that way.</source>
        <translation>{unit} relève déjà ainsi de {manager}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {unit} without its reports under {manager}</source>
        <translation>Déplacer {unit} sans ses subordonnés sous {manager}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager}</source>
        <translation>Déplacer {unit} sous {manager}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager} for mission settings</source>
        <translation>Déplacer {unit} sous {manager} pour les contextes de mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager} for non-mission settings</source>
        <translation>Déplacer {unit} sous {manager} pour les contextes hors mission</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A unit cannot report to its own branch.</source>
        <translation>Une entité ne peut pas relever de sa propre branche.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least two units to merge.</source>
        <translation>Choisissez au moins deux entités à fusionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit to merge is not in the chart.</source>
        <translation>Une entité à fusionner n’est pas dans l’organigramme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit kept must be one of those merged.</source>
        <translation>L’entité conservée doit être l’une des entités fusionnées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the merged unit a name.</source>
        <translation>Donnez un nom à l’entité fusionnée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merge {units} into {survivor}</source>
        <translation>Fusionner {units} en {survivor}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose the unit to split.</source>
        <translation>Choisissez l’entité à scinder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A split makes at least two units.</source>
        <translation>Une scission produit au moins deux entités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every new unit a name.</source>
        <translation>Donnez un nom à chaque nouvelle entité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A report goes to two of the new units.</source>
        <translation>Un subordonné est attribué à deux des nouvelles entités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report given to a new unit does not report to {unit}.</source>
        <translation>Un subordonné attribué à une nouvelle entité ne relève pas de {unit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new units have {given} posts; {unit} has {posts}.</source>
        <translation>Les nouvelles entités ont {given} postes ; {unit} en a {posts}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Split {unit} into {parts}</source>
        <translation>Scinder {unit} en {parts}</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/structure_actions.py" line="+31"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
</context>
</TS>
